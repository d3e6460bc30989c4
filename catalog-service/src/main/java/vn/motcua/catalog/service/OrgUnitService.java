package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.catalog.repository.OrgUnit;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;

/** Units (đơn vị) of an agency of the caller's province; each change re-announces the agency. */
@ApplicationScoped
public class OrgUnitService {
    @Inject
    TenantContext tenant;

    @Inject
    OrganisationEvents events;

    @Transactional
    public List<OrgUnitView> list(String agencyCode) {
        return OrgUnit.ofAgency(agency(agencyCode, false)).stream().map(OrgUnitView::of).toList();
    }

    @Transactional
    public OrgUnitView create(String agencyCode, OrgUnitCommand command) {
        tenant.require();
        Agency agency = agency(agencyCode, true);
        OrganisationInput.platformCode("code", command.code());
        OrganisationInput.officialCode("officialCode", command.officialCode(), false);
        OrganisationInput.name(command.name());
        kind(command.kind());
        if (OrgUnit.of(agency, command.code()).isPresent()) {
            throw OrganisationProblems.duplicateUnit(agency.code, command.code());
        }
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.agency = agency;
        unit.code = command.code();
        unit.officialCode = command.officialCode();
        unit.name = command.name();
        unit.kind = command.kind();
        unit.persist();
        events.changed(agency);
        return OrgUnitView.of(unit);
    }

    /** A PUT: repeating it changes nothing and announces nothing. */
    @Transactional
    public OrgUnitView update(String agencyCode, String unitCode, OrgUnitChangeCommand command) {
        tenant.require();
        Agency agency = agency(agencyCode, true);
        OrgUnit unit = OrgUnit.of(agency, unitCode).orElseThrow(() -> ProblemException.notFound("Unit", unitCode));
        OrganisationInput.officialCode("officialCode", command.officialCode(), false);
        OrganisationInput.name(command.name());
        kind(command.kind());
        if (Objects.equals(command.officialCode(), unit.officialCode) && command.name().equals(unit.name)
                && command.kind() == unit.kind) {
            return OrgUnitView.of(unit);
        }
        unit.officialCode = command.officialCode();
        unit.name = command.name();
        unit.kind = command.kind();
        events.changed(agency);
        return OrgUnitView.of(unit);
    }

    private static Agency agency(String code, boolean forUpdate) {
        return (forUpdate ? Agency.byCodeForUpdate(code) : Agency.byCode(code))
                .orElseThrow(() -> ProblemException.notFound("Agency", code));
    }

    private static void kind(Object kind) {
        if (kind == null) {
            throw OrganisationProblems.invalid("kind", "must not be null");
        }
    }
}
