package vn.motcua.catalog.service;

import vn.motcua.catalog.domain.OrgUnitKind;

/** What a unit becomes; its code and agency never change. */
public record OrgUnitChangeCommand(String officialCode, String name, OrgUnitKind kind) {
}
