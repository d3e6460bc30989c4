package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.motcua.catalog.domain.ActivePeriod;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.catalog.repository.Field;

/**
 * What other use cases ask the register (a procedure's agency and field): is this code an agency, or a field,
 * of the caller's province that acts today? A code that is not is the caller's mistake in the named request
 * field: a 422 problem naming it. Another province's agency is not found, as everywhere else.
 */
@ApplicationScoped
public class OrganisationRegister {
    @Inject
    ProvinceToday provinceToday;

    @Transactional
    public Agency requireAgency(String code, String fieldName) {
        Agency agency = code == null ? null : Agency.byCode(code).orElse(null);
        if (agency == null) {
            throw OrganisationProblems.unknownAgency(fieldName, String.valueOf(code),
                    "is not an agency of your province");
        }
        if (!isActive(agency)) {
            throw OrganisationProblems.unknownAgency(fieldName, code, "is not active today");
        }
        return agency;
    }

    /** @param agencyCode the agency that must handle the field, or null for any active agency */
    @Transactional
    public Field requireField(String code, String agencyCode, String fieldName) {
        Field field = code == null ? null : Field.byCode(code).orElse(null);
        if (field == null) {
            throw OrganisationProblems.unknownField(fieldName, String.valueOf(code),
                    "is not a field of your province");
        }
        if (!isActive(field.agency)) {
            throw OrganisationProblems.unknownField(fieldName, code, "is handled by an agency not active today");
        }
        if (agencyCode != null && !agencyCode.equals(field.agency.code)) {
            throw OrganisationProblems.unknownField(fieldName, code, "is not handled by agency " + agencyCode);
        }
        return field;
    }

    boolean isActive(Agency agency) {
        return new ActivePeriod(agency.activeFrom, agency.activeTo).includes(today());
    }

    LocalDate today() {
        return provinceToday.today();
    }
}
