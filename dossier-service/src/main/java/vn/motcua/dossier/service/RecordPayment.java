package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.FeeCeiling;
import vn.motcua.dossier.domain.LifecycleRefusal;
import vn.motcua.dossier.domain.PaymentChannelRule;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierPayment;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.DossierPaymentRecorded;
import vn.motcua.events.ProcedureTerms.Fee;
import vn.motcua.platform.idempotency.IdempotentRequests;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/**
 * Thu phí, lệ phí (Decree 118/2025 Art. 24): the desk or the submitting portal records a payment; it enters the
 * action log as PAY (so the timeline shows it), the payments table for reads, and is announced. One receipt number
 * is one payment of a dossier: the same receipt again with the same request is a retry and answers the first
 * recording; with a different request it is refused.
 */
@ApplicationScoped
public class RecordPayment {
    /** Clocks of desks and portals drift; a payment a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DossierLog dossiers;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    EntityManager em;

    public PaymentReceipt record(Caller caller, UUID id, PaymentCommand command) {
        String fingerprint = idempotent.fingerprint(command);
        return idempotent.once(() -> earlier(caller, id, command, fingerprint),
                () -> create(caller, id, command, fingerprint));
    }

    private Optional<PaymentReceipt> earlier(Caller caller, UUID id, PaymentCommand command, String fingerprint) {
        Dossier d = Dossier.<Dossier>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
        Recorder.of(caller, d);
        return DossierPayment.byReceipt(d.id, command.receiptReference()).map(p -> {
            if (!Objects.equals(p.requestHash, fingerprint)) {
                throw new ProblemException(409, "receipt-reference-reused", "Receipt already recorded",
                        "Receipt " + command.receiptReference() + " was recorded for dossier " + DossierLog.label(d)
                                + " with other details; a receipt number is one payment.",
                        List.of(new Problem.FieldError("receiptReference",
                                "was recorded for this dossier with other details")));
            }
            return new PaymentReceipt(PaymentView.of(p), true);
        });
    }

    private PaymentReceipt create(Caller caller, UUID id, PaymentCommand command, String fingerprint) {
        Instant now = clock.instant();
        Instant paidAt = command.paidAt() != null ? command.paidAt() : now;
        if (paidAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("paidAt", "must not be in the future");
        }
        Recorder[] by = new Recorder[1];
        Dossier d = dossiers.act(id, dossier -> by[0] = Recorder.of(caller, dossier), (dossier, state) -> {
            PaymentChannelRule.refusal(by[0] == Recorder.PORTAL, command.method()).ifPresent(why -> {
                throw new LifecycleRefusal("payment-method-not-allowed", "method", why);
            });
            // a fee is paid at or after submission, never before the dossier existed (a typing error)
            if (paidAt.isBefore(state.submittedAt().atZone(dossiers.zone()).toLocalDate()
                    .atStartOfDay(dossiers.zone()).toInstant())) {
                throw new LifecycleRefusal("paid-before-submission", "paidAt", "the payment is dated " + paidAt
                        + ", before the day the dossier was submitted (" + state.submittedAt() + ")");
            }
            FeeCeiling.refusal(feesOf(dossier), DossierPayment.totalOf(dossier.id), command.amount())
                    .ifPresent(why -> {
                        throw new LifecycleRefusal("fee-exceeded", "amount", why);
                    });
            return DossierLifecycle.pay(state, caller.name(), now, new ActionFacts.Payment(command.amount(),
                    command.method().name(), command.method().online(), command.receiptReference()));
        }).dossier();

        DossierPayment p = new DossierPayment();
        p.id = UUID.randomUUID();
        p.dossierId = d.id;
        p.amount = command.amount();
        p.method = command.method();
        p.online = command.method().online();
        p.receiptReference = command.receiptReference();
        p.paidAt = paidAt;
        p.recordedAt = now;
        p.recordedBy = caller.name();
        p.requestHash = fingerprint;
        p.persist();
        em.flush(); // a concurrent retry of the same receipt fails here, and then answers as a replay
        outbox.add(new DossierPaymentRecorded(d.id, d.code, d.agency, p.amount, p.method.name(), p.online,
                p.receiptReference, p.paidAt, d.imported));
        return new PaymentReceipt(PaymentView.of(p), false);
    }

    /** The fees of the version the dossier is pinned to; none when the version or its fees are unknown. */
    private static List<Fee> feesOf(Dossier d) {
        if (d.procedureVersion == null) {
            return List.of();
        }
        return ProcedureVersionReplica.<ProcedureVersionReplica>find("code = ?1 and version = ?2", d.procedureCode,
                d.procedureVersion).firstResultOptional().filter(v -> v.terms != null).map(v -> v.terms.fees())
                .orElse(List.of());
    }
}
