package vn.motcua.catalog.service;

import vn.motcua.catalog.domain.OrgUnitKind;
import vn.motcua.catalog.repository.OrgUnit;

/** A unit as use cases return it. */
public record OrgUnitView(String agency, String code, String officialCode, String name, OrgUnitKind kind) {
    static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.agency.code, u.code, u.officialCode, u.name, u.kind);
    }
}
