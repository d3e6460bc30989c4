package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.motcua.catalog.domain.AgencyHierarchy;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Agencies (cơ quan) of the caller's province: the tenant filter makes another province's agency simply absent,
 * so naming it is a 404 (in the path) or an unknown agency (in the body), never a change.
 */
@ApplicationScoped
public class AgencyService {
    @Inject
    TenantContext tenant;

    @Inject
    OrganisationEvents events;

    @Inject
    Clock clock;

    @Transactional
    public AgencyView create(AgencyCommand command) {
        tenant.require();
        OrganisationInput.platformCode("code", command.code());
        OrganisationInput.officialCode("officialCode", command.officialCode(), true);
        OrganisationInput.name(command.name());
        OrganisationInput.period(command.activeFrom(), command.activeTo());
        if (Agency.byCode(command.code()).isPresent()) {
            throw OrganisationProblems.duplicate("agency", "code", command.code());
        }
        if (Agency.byOfficialCode(command.officialCode()).isPresent()) {
            throw OrganisationProblems.duplicate("agency", "officialCode", command.officialCode());
        }
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.code = command.code();
        agency.officialCode = command.officialCode();
        agency.name = command.name();
        agency.parent = parent(command.parent());
        agency.activeFrom = command.activeFrom();
        agency.activeTo = command.activeTo();
        agency.revision = 0;
        agency.createdAt = clock.instant();
        agency.updatedAt = agency.createdAt;
        // two admins creating one code at once both pass the checks above; the unique keys stop the second (409)
        agency.persist();
        return events.changed(agency);
    }

    /** A PUT: the same body twice leaves the agency as the first left it, with no second revision or event. */
    @Transactional
    public AgencyView update(String code, AgencyChangeCommand command) {
        tenant.require();
        Agency agency = Agency.byCodeForUpdate(code).orElseThrow(() -> ProblemException.notFound("Agency", code));
        OrganisationInput.officialCode("officialCode", command.officialCode(), true);
        OrganisationInput.name(command.name());
        OrganisationInput.period(command.activeFrom(), command.activeTo());
        if (!command.officialCode().equals(agency.officialCode)
                && Agency.byOfficialCode(command.officialCode()).isPresent()) {
            throw OrganisationProblems.duplicate("agency", "officialCode", command.officialCode());
        }
        Agency parent = parent(command.parent());
        if (parent != null && AgencyHierarchy.closesLoop(agency.code, parent.code,
                c -> Agency.byCode(c).map(Agency::parentCode))) {
            throw OrganisationProblems.loop(agency.code, parent.code);
        }
        if (command.officialCode().equals(agency.officialCode) && command.name().equals(agency.name)
                && Objects.equals(command.parent(), agency.parentCode())
                && command.activeFrom().equals(agency.activeFrom) && Objects.equals(command.activeTo(), agency.activeTo)) {
            return OrganisationViews.of(agency);
        }
        agency.officialCode = command.officialCode();
        agency.name = command.name();
        agency.parent = parent;
        agency.activeFrom = command.activeFrom();
        agency.activeTo = command.activeTo();
        return events.changed(agency);
    }

    @Transactional
    public AgencyView get(String code) {
        return OrganisationViews.of(Agency.byCode(code).orElseThrow(() -> ProblemException.notFound("Agency", code)));
    }

    @Transactional
    public List<AgencyView> list() {
        return OrganisationViews.all(Agency.all());
    }

    private static Agency parent(String code) {
        if (code == null) {
            return null;
        }
        OrganisationInput.platformCode("parent", code);
        return Agency.byCode(code).orElseThrow(() -> OrganisationProblems.unknownAgency("parent", code,
                "is not an agency of your province"));
    }
}
