package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.dossier.config.DeadlineConfig;
import vn.motcua.dossier.domain.BusinessCalendar;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.IllegalTransitionException;
import vn.motcua.dossier.domain.TimelinessRule;
import vn.motcua.dossier.domain.WeekdayCalendar;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.ProcedureReplica;
import vn.motcua.dossier.rest.DossierRequest;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;

/** Use cases of a dossier; one method, one transaction, one business action, one event. */
@ApplicationScoped
public class DossierService {
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    /** Clocks of desks and portals drift; a receipt a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    DeadlineConfig deadline;

    @Inject
    EntityManager em;

    @Inject
    JsonWebToken caller;

    /** The result of a submission: {@code replay} when an earlier request with the same key made it. */
    public record Submitted(Dossier dossier, boolean replay) {
    }

    @Transactional
    public Submitted submit(String submittedBy, String idempotencyKey, DossierRequest request, String requestHash) {
        ProvinceCode province = tenant.require();
        Optional<Submitted> earlier = replay(submittedBy, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ProcedureReplica procedure = ProcedureReplica.byCode(request.procedureCode())
                .orElseThrow(() -> new ProblemException(422, "unknown-procedure", "Unknown procedure",
                        "No published procedure " + request.procedureCode() + " in your province.",
                        List.of(new Problem.FieldError("procedureCode", "is not a published procedure"))));
        Instant now = clock.instant();
        Instant receivedAt = request.receivedAt() != null ? request.receivedAt() : now;
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("receivedAt", "must not be in the future");
        }
        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.code = province.value() + "-" + CODE_DATE.format(receivedAt.atZone(deadline.zone())) + "-"
                + String.format("%06d", nextNumber());
        d.procedureCode = procedure.code;
        d.agency = procedure.agency;
        d.channel = request.channel();
        d.applicantName = request.applicant().name();
        d.applicantIdNumber = request.applicant().idNumber();
        d.applicantPhone = request.applicant().phone();
        d.status = DossierStatus.RECEIVED;
        d.receivedAt = receivedAt;
        d.dueAt = BusinessCalendar.plus(receivedAt, procedure.prescribedWorkingDays, calendar());
        d.submittedBy = submittedBy;
        d.idempotencyKey = idempotencyKey;
        d.requestHash = requestHash;
        d.persist();
        em.flush(); // a concurrent retry with the same key fails here, inside this transaction
        outbox.add(new DossierReceived(d.id, d.code, d.procedureCode, d.agency, d.channel, d.receivedAt, d.dueAt));
        return new Submitted(d, false);
    }

    /** The dossier an earlier request with this key created; a different request under the key is a conflict. */
    @Transactional
    public Optional<Submitted> replay(String submittedBy, String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return Dossier.bySubmission(submittedBy, idempotencyKey).map(d -> {
            if (!Objects.equals(d.requestHash, requestHash)) {
                throw new ProblemException(409, "idempotency-key-reused", "Idempotency key reused",
                        "Idempotency-Key " + idempotencyKey + " was used for a different dossier ("
                                + d.code + "); use a new key for a new dossier.",
                        List.of(new Problem.FieldError("Idempotency-Key", "was used for a different request")));
            }
            return new Submitted(d, true);
        });
    }

    @Transactional
    public Dossier resolve(UUID id) {
        Dossier d = get(id);
        requireJurisdiction(d);
        try {
            d.status = DossierStateMachine.apply(d.status, DossierAction.RESOLVE);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(409, "illegal-transition", "Action not allowed now",
                    "Dossier " + d.code + ": " + e.getMessage() + ".");
        }
        d.resolvedAt = clock.instant();
        d.timeliness = TimelinessRule.classify(d.resolvedAt, d.dueAt, deadline.zone());
        outbox.add(new DossierResolved(d.id, d.code, d.procedureCode, d.agency, d.channel, d.receivedAt, d.dueAt,
                d.resolvedAt, d.timeliness));
        return d;
    }

    @Transactional
    public Dossier get(UUID id) {
        return Dossier.<Dossier>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
    }

    @Transactional
    public List<Dossier> list(DossierStatus status, int page, int size) {
        var query = status == null ? Dossier.find("order by receivedAt desc")
                : Dossier.find("status = ?1 order by receivedAt desc", status);
        return query.page(page, size).list();
    }

    /** An officer of an agency acts only on that agency's dossiers (thẩm quyền). */
    private void requireJurisdiction(Dossier d) {
        Object agency = caller.getClaim("agency");
        if (agency == null || !d.agency.equals(agency.toString().replace("\"", ""))) {
            throw new ProblemException(403, "outside-jurisdiction", "Outside your agency",
                    "Dossier " + d.code + " belongs to agency " + d.agency + ".");
        }
    }

    private long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('dossier_number')").getSingleResult()).longValue();
    }

    private WorkingCalendar calendar() {
        return new WeekdayCalendar(deadline.zone(), deadline.officeCloses());
    }
}
