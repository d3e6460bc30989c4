package vn.motcua.evaluation.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.domain.FeedbackDueDate;
import vn.motcua.evaluation.repository.Feedback;
import vn.motcua.platform.idempotency.IdempotentRequests;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantContext;

/**
 * The register of complaints and petitions (sổ theo dõi phản ánh, kiến nghị): recorded by the one-stop desk, the
 * agency head (for the own agency) or the province admin, each due 15 working days after its reception
 * ({@link FeedbackDueDate}); handled once, with a finding (FOUNDED or UNFOUNDED), by the agency head of its agency
 * or the province admin. Indicator 8 (handled on time) and indicator 7 (a founded complaint about an officer's
 * conduct) of Circular 01/2018/TT-VPCP Art. 13 read it, so each change asks for the affected evaluations again in
 * the same transaction.
 */
@ApplicationScoped
public class FeedbackRegister {
    /** A clerk records the day's letters the same day or a little late; a reception date years back is a typo. */
    private static final Duration LATEST_BACKDATING = Duration.ofDays(366);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Inject
    DossierDirectory directory;

    @Inject
    Reevaluation reevaluation;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    public enum Kind {
        COMPLAINT, PETITION
    }

    public record RecordCommand(String agency, String unit, String dossierCode, String officer, Kind kind,
            boolean conduct, String summary, Instant receivedAt) {
    }

    public record HandlingCommand(Instant handledAt, DossierFacts.Finding finding, String note) {
    }

    public record FeedbackView(UUID id, String agency, String unit, UUID dossierId, String dossierCode,
            String officer, Kind kind, boolean conduct, String summary, Instant receivedAt, Instant dueAt,
            Instant handledAt, DossierFacts.Finding finding, String note, String recordedBy, Instant recordedAt,
            String handledBy) {
    }

    public record Recorded(FeedbackView feedback, boolean replay) {
    }

    public record Page(List<FeedbackView> items, long total) {
    }

    /** @param idempotencyKey the caller's key, when it may retry */
    public Recorded record(Caller caller, RecordCommand command, Optional<String> idempotencyKey) {
        mayRecord(caller, command.agency());
        if (idempotencyKey.isEmpty()) {
            return idempotent.once(Optional::empty, () -> create(caller, command, null, null));
        }
        String key = idempotencyKey.get();
        String fingerprint = idempotent.fingerprint(command);
        return idempotent.once(() -> Feedback.byKey(caller.name(), key).map(f -> {
            if (!Objects.equals(f.requestHash, fingerprint)) {
                throw new ProblemException(409, "idempotency-key-reused", "Idempotency key reused",
                        "Idempotency-Key " + key + " was used for other feedback; use a new key for new feedback.",
                        List.of(new Problem.FieldError("Idempotency-Key", "was used for a different request")));
            }
            return new Recorded(view(f), true);
        }), () -> create(caller, command, key, fingerprint));
    }

    private Recorded create(Caller caller, RecordCommand command, String key, String fingerprint) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (command.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw unprocessable("receivedAt", "must not be in the future");
        }
        if (command.receivedAt().isBefore(now.minus(LATEST_BACKDATING))) {
            throw unprocessable("receivedAt", "must be within the last 366 days");
        }
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.agency = command.agency();
        f.unit = command.unit();
        if (command.dossierCode() != null) {
            DossierDirectory.DossierSummary dossier = directory.findByCode(command.dossierCode())
                    .orElseThrow(() -> unprocessable("dossierCode", "is no dossier of your province known here"));
            if (!dossier.agency().equals(command.agency())) {
                throw unprocessable("dossierCode", "is a dossier of " + dossier.agency() + ", not of "
                        + command.agency());
            }
            f.dossierId = dossier.dossierId();
            f.dossierCode = dossier.dossierCode();
        }
        f.officer = command.officer();
        f.kind = command.kind().name();
        f.conduct = command.conduct();
        f.summary = command.summary();
        f.receivedAt = command.receivedAt();
        EvaluationContext context = directory.context(tenant.require().value());
        f.dueAt = FeedbackDueDate.of(command.receivedAt(), context);
        f.finding = DossierFacts.Finding.PENDING.name();
        f.recordedBy = caller.name();
        f.recordedAt = now;
        f.idempotencyKey = key;
        f.requestHash = fingerprint;
        f.persist();
        f.flush();
        changed(f, context);
        return new Recorded(view(f), false);
    }

    /** Records the handling once; a second one is refused (409 already-handled), the first stands. */
    public FeedbackView handle(Caller caller, UUID id, HandlingCommand command) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Feedback f = Feedback.lockedForHandling(id).orElseThrow(() -> ProblemException.notFound("Feedback",
                    id.toString()));
            if (!caller.has(Roles.PROVINCE_ADMIN)
                    && !(caller.has(Roles.AGENCY_HEAD) && caller.agency().filter(f.agency::equals).isPresent())) {
                throw outside("Feedback about " + f.agency + " is handled by its agency head or the province admin.");
            }
            if (f.handledAt != null) {
                throw new ProblemException(409, "already-handled", "Already handled",
                        "This feedback was handled on " + f.handledAt + " (" + f.finding + "); it is handled once.");
            }
            if (command.finding() == DossierFacts.Finding.PENDING) {
                throw unprocessable("finding", "must be FOUNDED or UNFOUNDED");
            }
            if (command.handledAt().isBefore(f.receivedAt)) {
                throw unprocessable("handledAt", "must not be before the feedback was received (" + f.receivedAt + ")");
            }
            if (command.handledAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
                throw unprocessable("handledAt", "must not be in the future");
            }
            f.handledAt = command.handledAt();
            f.finding = command.finding().name();
            f.handlingNote = command.note();
            f.handledBy = caller.name();
            changed(f, directory.context(tenant.require().value()));
            return view(f);
        });
    }

    /**
     * The register as the caller's case scope shows it: the whole province for the desk and the admin, the own
     * agency for its head and processing officers, the own unit for a unit lead.
     */
    public Page list(Caller caller, Optional<String> agency, Optional<Boolean> open, int page, int size) {
        CaseScope scope = AccessRules.caseScope(caller);
        String ofAgency;
        String ofUnit = null;
        switch (scope) {
            case CaseScope.Province p -> ofAgency = agency.orElse(null);
            case CaseScope.Agency a -> {
                ofAgency = ownAgency(a.agency(), agency);
            }
            case CaseScope.Unit u -> {
                ofAgency = ownAgency(u.agency(), agency);
                ofUnit = u.unit();
            }
            default -> throw outside("The register of complaints and petitions is for the province's officials.");
        }
        String a = ofAgency;
        String u = ofUnit;
        return QuarkusTransaction.requiringNew().call(() -> {
            PanacheQuery<Feedback> query = Feedback.register(a, u, open.orElse(null));
            return new Page(query.page(page, size).list().stream().map(FeedbackRegister::view).toList(),
                    query.count());
        });
    }

    private static String ownAgency(String own, Optional<String> asked) {
        if (asked.isPresent() && !asked.get().equals(own)) {
            throw outside("You see the feedback about your agency " + own + " only.");
        }
        return own;
    }

    /** The agency's scorecards of the reception day's period; the dossier's evaluation when it is about one. */
    private void changed(Feedback f, EvaluationContext context) {
        LocalDate day = f.receivedAt.atZone(context.zone()).toLocalDate();
        reevaluation.agencyChanged(f.agency, day);
        if (f.dossierId != null) {
            reevaluation.dossierChanged(f.dossierId);
        }
    }

    private static void mayRecord(Caller caller, String agency) {
        if (caller.province().isEmpty()) {
            throw outside("Feedback is recorded by an official of the province.");
        }
        if (caller.has(Roles.PROVINCE_ADMIN) || caller.has(Roles.RECEPTION_OFFICER)) {
            return;
        }
        if (caller.has(Roles.AGENCY_HEAD) && caller.agency().filter(agency::equals).isPresent()) {
            return;
        }
        throw outside("An agency head records feedback about the own agency only.");
    }

    static FeedbackView view(Feedback f) {
        return new FeedbackView(f.id, f.agency, f.unit, f.dossierId, f.dossierCode, f.officer, Kind.valueOf(f.kind),
                f.conduct, f.summary, f.receivedAt, f.dueAt, f.handledAt, DossierFacts.Finding.valueOf(f.finding),
                f.handlingNote, f.recordedBy, f.recordedAt, f.handledBy);
    }

    static ProblemException outside(String detail) {
        return new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction", detail);
    }

    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "invalid-feedback", "Invalid feedback", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
