package vn.motcua.catalog.service;

import java.time.LocalDate;

/** What an agency becomes (its code never changes: tokens carry it). A null parent makes it top-level. */
public record AgencyChangeCommand(String officialCode, String name, String parent, LocalDate activeFrom,
        LocalDate activeTo) {
}
