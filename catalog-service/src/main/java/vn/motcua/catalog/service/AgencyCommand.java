package vn.motcua.catalog.service;

import java.time.LocalDate;

/** Tạo cơ quan (create an agency), as any caller states it: the admin's form, the demo loader, an import. */
public record AgencyCommand(String code, String officialCode, String name, String parent, LocalDate activeFrom,
        LocalDate activeTo) {
}
