package vn.motcua.catalog.service;

import java.time.LocalDate;
import vn.motcua.catalog.domain.ActivePeriod;
import vn.motcua.catalog.domain.FieldCode;
import vn.motcua.catalog.domain.OfficialUnitCode;
import vn.motcua.catalog.domain.PlatformCode;

/**
 * The shape rules of the register applied to a command, for callers that do not come through the REST edge
 * (which checks the same rules with Bean Validation): a bad shape is a 400 naming the field.
 */
final class OrganisationInput {
    static final int MAX_NAME = 300;

    private OrganisationInput() {
    }

    static void platformCode(String field, String value) {
        if (!PlatformCode.isValid(value)) {
            throw OrganisationProblems.invalid(field, PlatformCode.MESSAGE);
        }
    }

    static void officialCode(String field, String value, boolean required) {
        if (value == null ? required : !OfficialUnitCode.isValid(value)) {
            throw OrganisationProblems.invalid(field, OfficialUnitCode.MESSAGE);
        }
    }

    static void fieldCode(String field, String value) {
        if (!FieldCode.isValid(value)) {
            throw OrganisationProblems.invalid(field, FieldCode.MESSAGE);
        }
    }

    static void name(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME) {
            throw OrganisationProblems.invalid("name", "must be 1 to " + MAX_NAME + " characters");
        }
    }

    static void period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw OrganisationProblems.invalid("activeFrom", "must not be null");
        }
        if (!ActivePeriod.isOrdered(from, to)) {
            throw OrganisationProblems.invalid("activeTo", "must not be before activeFrom");
        }
    }
}
