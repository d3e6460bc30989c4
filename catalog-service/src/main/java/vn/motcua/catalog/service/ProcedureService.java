package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.repository.Procedure;
import vn.motcua.catalog.rest.ProcedureRequest;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
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

    @Transactional
    public Procedure draft(ProcedureRequest request) {
        tenant.require();
        if (Procedure.byCode(request.code()).isPresent()) {
            throw new ProblemException(409, "duplicate-procedure", "Procedure already exists",
                    "Your province already has procedure " + request.code() + ".");
        }
        Procedure p = new Procedure();
        p.id = UUID.randomUUID();
        p.code = request.code();
        p.name = request.name();
        p.field = request.field();
        p.agency = request.agency();
        p.prescribedWorkingDays = request.prescribedWorkingDays();
        p.status = ProcedureStatus.DRAFT;
        p.version = 0;
        p.createdAt = clock.instant();
        p.persist();
        return p;
    }

    /** Công bố: from now on dossiers may be filed against it; the other services learn it from the event. */
    @Transactional
    public Procedure publish(UUID id) {
        Procedure p = get(id);
        if (p.status == ProcedureStatus.PUBLISHED) {
            throw new ProblemException(409, "illegal-transition", "Already published",
                    "Procedure " + p.code + " is already published (version " + p.version + ").");
        }
        p.status = ProcedureStatus.PUBLISHED;
        p.version++;
        p.publishedAt = clock.instant();
        outbox.add(new ProcedurePublished(p.id, p.code, p.name, p.field, p.agency, p.prescribedWorkingDays,
                p.version, p.publishedAt));
        return p;
    }

    @Transactional
    public Procedure get(UUID id) {
        return Procedure.<Procedure>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Procedure", id.toString()));
    }

    @Transactional
    public List<Procedure> list() {
        return Procedure.list("order by code");
    }
}
