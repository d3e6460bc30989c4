package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.CaseVariantChoice;
import vn.motcua.dossier.domain.DeadlineClock;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.RuleSetOfReception;
import vn.motcua.dossier.domain.VersionInForce;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.dossier.repository.ProcedureAbolitionReplica;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.idempotency.IdempotentRequests;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Tiếp nhận hồ sơ: accept a dossier under the version of its procedure in force on the reception day and one
 * of its cases, give its code and appointed return date, log the reception and announce it. Idempotent under a caller's key: a portal that retries gets the same dossier.
 */
@ApplicationScoped
public class ReceiveDossier {
    /** Clocks of desks and portals drift; a receipt a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** A paper dossier recorded late is recorded within days, not years: older is a typing error. */
    private static final Duration LATEST_BACKDATING = Duration.ofDays(366);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DossierNumbers numbers;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    EntityManager em;

    /** @param idempotencyKey the caller's key for this dossier, if it may retry */
    public Receipt receive(Caller caller, ReceiveDossierCommand command, Optional<String> idempotencyKey) {
        if (idempotencyKey.isEmpty()) {
            return idempotent.once(Optional::empty, () -> create(caller, command, null, null));
        }
        String key = idempotencyKey.get();
        String fingerprint = idempotent.fingerprint(command);
        return idempotent.once(() -> earlier(caller, key, fingerprint),
                () -> create(caller, command, key, fingerprint));
    }

    private Optional<Receipt> earlier(Caller caller, String key, String fingerprint) {
        return Dossier.bySubmission(caller.name(), key).map(d -> {
            if (!Objects.equals(d.requestHash, fingerprint)) {
                throw new ProblemException(409, "idempotency-key-reused", "Idempotency key reused",
                        "Idempotency-Key " + key + " was used for a different dossier (" + d.code
                                + "); use a new key for a new dossier.",
                        List.of(new Problem.FieldError("Idempotency-Key", "was used for a different request")));
            }
            return new Receipt(DossierView.of(d), true);
        });
    }

    private Receipt create(Caller caller, ReceiveDossierCommand command, String key, String fingerprint) {
        ProvinceCode province = tenant.require();
        List<ProcedureVersionReplica> versions = ProcedureVersionReplica.ofCode(command.procedureCode());
        if (versions.isEmpty()) {
            throw new ProblemException(422, "unknown-procedure", "Unknown procedure",
                    "No published procedure " + command.procedureCode() + " in your province.",
                    List.of(new Problem.FieldError("procedureCode", "is not a published procedure")));
        }
        Instant now = clock.instant();
        Instant acceptedAt = command.receivedAt() != null ? command.receivedAt() : now;
        if (acceptedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("receivedAt", "must not be in the future");
        }
        if (acceptedAt.isBefore(now.minus(LATEST_BACKDATING))) {
            throw ProblemException.invalidField("receivedAt", "must be within the last 366 days");
        }
        WorkingCalendar calendar = calendars.of(province);
        LocalDate receptionDay = acceptedAt.atZone(calendar.zone()).toLocalDate();
        ProcedureVersionReplica procedure = inForceOn(receptionDay, command.procedureCode(), versions);
        CaseVariant variant = switch (CaseVariantChoice.choose(procedure.terms.caseVariants(),
                Optional.ofNullable(command.caseVariant()))) {
            case CaseVariantChoice.Chosen chosen -> chosen.variant();
            case CaseVariantChoice.Refused refused -> throw new ProblemException(422, "unknown-case-variant",
                    "Case variant not chosen", "caseVariant " + refused.message() + ".",
                    List.of(new Problem.FieldError("caseVariant", refused.message())));
        };
        LoggedAction reception = DossierLifecycle.receive(caller.name(), acceptedAt,
                DeadlineClock.startAt(acceptedAt, variant.timeLimit()), calendar);

        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.code = numbers.next(province, procedure.agencyCode, receptionDay);
        d.procedureCode = procedure.code;
        d.procedureVersion = procedure.version;
        d.caseVariant = variant.code();
        d.ruleSet = RuleSetOfReception.on(receptionDay);
        d.timeLimitValue = variant.timeLimit().value();
        d.timeLimitUnit = variant.timeLimit().unit();
        d.agency = procedure.agencyCode;
        d.channel = command.channel();
        d.applicantName = command.applicant().name();
        d.applicantIdNumber = command.applicant().idNumber();
        d.applicantPhone = command.applicant().phone();
        d.submittedBy = caller.name();
        d.idempotencyKey = key;
        d.requestHash = fingerprint;
        d.show(DossierLifecycle.replay(List.of(reception), calendar.zone()));
        d.persist();
        DossierActionRecord.append(d.id, reception);
        em.flush(); // a concurrent retry under the same key fails here, inside this transaction
        outbox.add(new DossierReceived(d.id, d.code, d.procedureCode, d.agency, d.channel, d.receivedAt, d.dueAt,
                d.procedureVersion, d.caseVariant, d.ruleSet, d.submittedAt, d.imported));
        return new Receipt(DossierView.of(d), false);
    }

    /** The version in force on the reception day (VersionInForce); none: refused with the dates, never guessed. */
    private static ProcedureVersionReplica inForceOn(LocalDate day, String code,
            List<ProcedureVersionReplica> versions) {
        Optional<LocalDate> abolishedFrom = ProcedureAbolitionReplica.ofCode(code).map(a -> a.effectiveFrom);
        VersionInForce.Answer answer = VersionInForce.on(day, versions.stream()
                .map(v -> new VersionInForce.Dated(v.version, v.effectiveFrom, v.effectiveTo)).toList(), abolishedFrom);
        return switch (answer) {
            case VersionInForce.InForce found -> versions.stream().filter(v -> v.version == found.version())
                    .findFirst().orElseThrow();
            case VersionInForce.NoneInForce none -> throw new ProblemException(422, "procedure-not-in-force",
                    "Procedure not in force", "Procedure " + code + " has no version in force on " + day + " (the"
                            + " reception day): " + none.why() + ".",
                    List.of(new Problem.FieldError("procedureCode", "has no version in force on " + day)));
        };
    }
}
