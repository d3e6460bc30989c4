package vn.motcua.catalog.service;

import vn.motcua.catalog.domain.OrgUnitKind;

/** Tạo đơn vị (create a unit) of an agency; the official code is optional. */
public record OrgUnitCommand(String code, String officialCode, String name, OrgUnitKind kind) {
}
