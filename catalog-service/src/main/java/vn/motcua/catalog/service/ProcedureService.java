package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.repository.Procedure;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/** Use cases of the catalogue; one method, one transaction, one business action. */
@ApplicationScoped
public class ProcedureService {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager em;

    @Transactional
    public ProcedureView draft(Caller caller, DraftProcedureCommand command) {
        tenant.require();
        if (!AccessRules.mayManageCatalogueOf(caller, command.agency())) {
            throw new ProblemException(403, "outside-jurisdiction", "Agency of another province",
                    "Agency " + command.agency() + " is not an agency of your province.",
                    List.of(new Problem.FieldError("agency", "is not an agency of your province")));
        }
        if (Procedure.byCode(command.code()).isPresent()) {
            throw new ProblemException(409, "duplicate-procedure", "Procedure already exists",
                    "Your province already has procedure " + command.code() + ".",
                    List.of(new Problem.FieldError("code", "already exists in your province")));
        }
        Procedure p = new Procedure();
        p.id = UUID.randomUUID();
        p.code = command.code();
        p.name = command.name();
        p.field = command.field();
        p.agency = command.agency();
        p.prescribedWorkingDays = command.prescribedWorkingDays();
        p.status = ProcedureStatus.DRAFT;
        p.version = 0;
        p.createdAt = clock.instant();
        // two admins drafting one code at once both pass the check above; the unique key stops the second, which
        // the shared problem mapping answers with 409 (ProblemMappers, SQLState 23505)
        p.persist();
        em.flush(); // Hibernate stamps the tenant column (the caller's province) on insert, and the view shows it
        return ProcedureView.of(p);
    }

    /** Công bố: from now on dossiers may be filed against it; the other services learn it from the event. */
    @Transactional
    public ProcedureView publish(UUID id) {
        Procedure p = load(id);
        if (p.status == ProcedureStatus.PUBLISHED) {
            throw new ProblemException(409, "illegal-transition", "Already published",
                    "Procedure " + p.code + " is already published (version " + p.version + ").");
        }
        p.status = ProcedureStatus.PUBLISHED;
        p.version++;
        p.publishedAt = clock.instant();
        outbox.add(new ProcedurePublished(p.id, p.code, p.name, p.field, p.agency, p.prescribedWorkingDays,
                p.version, p.publishedAt));
        return ProcedureView.of(p);
    }

    @Transactional
    public ProcedureView get(UUID id) {
        return ProcedureView.of(load(id));
    }

    @Transactional
    public List<ProcedureView> list() {
        return Procedure.<Procedure>list("order by code").stream().map(ProcedureView::of).toList();
    }

    private static Procedure load(UUID id) {
        return Procedure.<Procedure>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Procedure", id.toString()));
    }
}
