package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.IllegalTransitionException;
import vn.motcua.dossier.domain.LifecycleRefusal;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;

/**
 * The one way an action reaches a dossier after its first entry: load it inside the caller's province, let the
 * use case check who may act, replay the log, let the lifecycle decide the next entry, append it and show the
 * new state on the row. Refusals become problems here, once: a transition the state does not allow is 409
 * {@code illegal-transition}; a rule of the law that refuses it is 422 naming the field when a value is wrong,
 * 409 when the dossier's history forbids it (a second supplement request).
 */
@ApplicationScoped
public class DossierLog {
    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * What an action did: the dossier as it now stands, the entry appended and the state it amounts to. A retry
     * under a key already used appends nothing: {@code entry} is null and {@link #replayed()} true.
     */
    public record Acted(Dossier dossier, LoggedAction entry, DossierState before, DossierState after) {
        public boolean replayed() {
            return entry == null;
        }
    }

    /** A caller's Idempotency-Key for one action on one dossier (a portal that retries). */
    public record Retry(String key, DossierAction action) {
    }

    /**
     * @param authorise throws a 403/404 problem when the caller may not act on this dossier
     * @param decide    the lifecycle's decision on the current state ({@link DossierLifecycle})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Acted act(UUID id, Consumer<Dossier> authorise, BiFunction<Dossier, DossierState, LoggedAction> decide) {
        return act(id, authorise, decide, null);
    }

    /**
     * As {@link #act(UUID, Consumer, BiFunction)}, keeping {@code retry}'s key with the entry: the same key again
     * for the same action appends nothing and answers the dossier as it stands; for another action it is 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Acted act(UUID id, Consumer<Dossier> authorise, BiFunction<Dossier, DossierState, LoggedAction> decide,
            Retry retry) {
        // within the province (tenant filter): another province's dossier is not found
        Dossier d = Dossier.<Dossier>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
        authorise.accept(d);
        ZoneId zone = zone();
        List<DossierActionRecord> records = DossierActionRecord.recordsOf(d.id);
        List<LoggedAction> log = new ArrayList<>(records.stream().map(DossierActionRecord::logged).toList());
        DossierState before = DossierLifecycle.replay(log, zone);
        if (retry != null) {
            var earlier = DossierActionRecord.actionUnderKey(records, retry.key());
            if (earlier.isPresent()) {
                if (earlier.get() != retry.action()) {
                    throw new ProblemException(409, "idempotency-key-reused", "Idempotency key reused",
                            "Idempotency-Key " + retry.key() + " was used for a " + earlier.get().name().toLowerCase()
                                    + " of this dossier; use a new key for a new action.",
                            List.of(new Problem.FieldError("Idempotency-Key", "was used for a different action")));
                }
                return new Acted(d, null, before, before);
            }
        }
        LoggedAction entry;
        try {
            entry = decide.apply(d, before);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(409, "illegal-transition", "Action not allowed now",
                    "Dossier " + label(d) + ": " + e.getMessage() + ".");
        } catch (LifecycleRefusal e) {
            throw refusal(d, e);
        }
        log.add(entry);
        DossierActionRecord.append(d.id, entry, retry == null ? null : retry.key());
        DossierState after = DossierLifecycle.replay(log, zone);
        d.show(after);
        em.flush(); // two officers acting at once: the second entry's sequence fails here, inside the transaction
        return new Acted(d, entry, before, after);
    }

    /** Puts the event the action announces (LifecycleEvents) in the outbox, in the action's transaction. */
    public void announce(Acted acted) {
        announce(acted.dossier(), acted.entry(), acted.after());
    }

    /** The same for a dossier's first entry, which no {@link Acted} describes. */
    public void announce(Dossier d, LoggedAction entry, DossierState after) {
        LifecycleEvents.of(d, entry, after, calendars.of(tenant.require())).ifPresent(outbox::add);
    }

    /** The province's zone, for timeliness. */
    public ZoneId zone() {
        return calendars.of(tenant.require()).zone();
    }

    static ProblemException refusal(Dossier d, LifecycleRefusal e) {
        String detail = "Dossier " + label(d) + ": " + e.getMessage() + ".";
        if (e.field() == null) {
            return new ProblemException(409, e.problemType(), "Refused by the one-stop rules", detail);
        }
        return new ProblemException(422, e.problemType(), "Refused by the one-stop rules", detail,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    /** The code once accepted, the id before. */
    static String label(Dossier d) {
        return d.code != null ? d.code : d.id.toString();
    }
}
