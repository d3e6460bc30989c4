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
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.IntakeChannel;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.RuleSetOfReception;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.RuleSet;
import vn.motcua.platform.idempotency.IdempotentRequests;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Intake on every channel (IntakeChannel): the desk accepts at once, under the version of the procedure in force
 * that day and one of its cases, with its code, appointed date and receipt (Acceptance); the post and online
 * submissions are acknowledged and wait for an officer's acceptance, with no code and no clock (Decree 118/2025
 * Art. 17 cl. 2-3). Idempotent under a caller's key: a portal that retries gets the same dossier.
 */
@ApplicationScoped
public class ReceiveDossier {
    @Inject
    DossierViews views;

    /** Clocks of desks and portals drift; a receipt a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** A paper dossier recorded late is recorded within days, not years: older is a typing error. */
    private static final Duration LATEST_BACKDATING = Duration.ofDays(366);

    @Inject
    DossierLog dossiers;

    @Inject
    Clock clock;

    @Inject
    Acceptance acceptance;

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
                        "Idempotency-Key " + key + " was used for a different dossier (" + DossierLog.label(d)
                                + "); use a new key for a new dossier.",
                        List.of(new Problem.FieldError("Idempotency-Key", "was used for a different request")));
            }
            // the lookup secret was shown once, with the first answer: it is not stored, so not shown again
            return new Receipt(views.of(d, caller), true);
        });
    }

    private Receipt create(Caller caller, ReceiveDossierCommand command, String key, String fingerprint) {
        List<ProcedureVersionReplica> versions = acceptance.versions(command.procedureCode());
        Instant now = clock.instant();
        Instant at = command.receivedAt() != null ? command.receivedAt() : now;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("receivedAt", "must not be in the future");
        }
        if (at.isBefore(now.minus(LATEST_BACKDATING))) {
            throw ProblemException.invalidField("receivedAt", "must be within the last 366 days");
        }
        WorkingCalendar calendar = acceptance.calendar();
        LocalDate day = at.atZone(calendar.zone()).toLocalDate();
        RuleSet ruleSet = RuleSetOfReception.on(day);
        IntakeChannel.Verdict verdict = IntakeChannel.judge(
                caller.has(Roles.RECEPTION_OFFICER) ? IntakeChannel.Bringer.DESK : IntakeChannel.Bringer.ONLINE,
                command.channel(), command.acceptNow(), ruleSet);
        if (verdict instanceof IntakeChannel.Refused refused) {
            throw new ProblemException(422, "channel-not-allowed", "Channel not allowed",
                    "Channel " + command.channel() + " refused: " + refused.reason() + ".",
                    List.of(new Problem.FieldError("channel", refused.reason())));
        }
        ApplicantIds.check(command.applicant(), now.atZone(calendar.zone()).getYear());
        ProcedureVersionReplica procedure = Acceptance.inForceOn(day, command.procedureCode(), versions);

        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.procedureCode = procedure.code;
        d.ruleSet = ruleSet;
        d.agency = procedure.agencyCode;
        d.channel = command.channel();
        ReceiveDossierCommand.Applicant applicant = command.applicant();
        d.applicantKind = applicant.kind() == null ? ApplicantKind.CITIZEN : applicant.kind();
        d.applicantName = applicant.name();
        d.applicantIdNumber = applicant.idNumber();
        d.applicantPhone = applicant.phone();
        d.applicantEmail = applicant.email();
        d.applicantAddress = applicant.address();
        d.submittedBy = caller.name();
        d.idempotencyKey = key;
        d.requestHash = fingerprint;

        LoggedAction first;
        ReceiptSlip slip = null;
        if (verdict instanceof IntakeChannel.AcceptAtOnce) {
            Acceptance.Terms terms = new Acceptance.Terms(procedure,
                    Acceptance.variant(procedure, Optional.ofNullable(command.caseVariant())), day, calendar);
            first = DossierLifecycle.receive(caller.name(), at, terms.clock(at), calendar);
            slip = acceptance.stamp(d, terms, at, first.dueAfter());
        } else {
            // the case named now is checked now; the version of the acceptance day decides it again then
            if (command.caseVariant() != null) {
                Acceptance.variant(procedure, Optional.of(command.caseVariant()));
            }
            d.caseVariant = command.caseVariant();
            first = DossierLifecycle.submit(caller.name(), at);
        }
        DossierState state = DossierLifecycle.replay(List.of(first), calendar.zone());
        d.show(state);
        d.persist();
        DossierActionRecord.append(d.id, first);
        em.flush(); // a concurrent retry under the same key fails here, inside this transaction
        dossiers.announce(d, first, state);
        return new Receipt(views.of(d, caller), false, slip);
    }
}
