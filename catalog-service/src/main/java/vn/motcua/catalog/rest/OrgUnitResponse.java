package vn.motcua.catalog.rest;

import vn.motcua.catalog.domain.OrgUnitKind;
import vn.motcua.catalog.service.OrgUnitView;

public record OrgUnitResponse(String agency, String code, String officialCode, String name, OrgUnitKind kind) {
    static OrgUnitResponse of(OrgUnitView u) {
        return new OrgUnitResponse(u.agency(), u.code(), u.officialCode(), u.name(), u.kind());
    }
}
