package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Decides a dossier's next action and derives its state from its action log, through the state machine.
 * Plain Java: the service loads the log, asks for the next entry, appends it and stores the derived state as a
 * read model.
 */
public final class DossierLifecycle {
    private DossierLifecycle() {
    }

    /**
     * Tiếp nhận: the first entry. The resolution time runs from acceptance, not submission (Decree 118/2025
     * Art. 17 cl. 3), so {@code clock} starts at {@code acceptedAt}.
     */
    public static LoggedAction receive(String actor, Instant acceptedAt, DeadlineClock clock, WorkingCalendar calendar) {
        DossierStateMachine.apply(Optional.empty(), DossierAction.RECEIVE);
        return new LoggedAction(1, DossierAction.RECEIVE, actor, acceptedAt, null, clock.dueAt(calendar));
    }

    /** Giải quyết: a result; the appointed date stays as it was. */
    public static LoggedAction resolve(DossierState current, String actor, Instant at) {
        DossierStateMachine.apply(current.status(), DossierAction.RESOLVE);
        return new LoggedAction(current.lastSequence() + 1, DossierAction.RESOLVE, actor, at, current.dueAt(),
                current.dueAt());
    }

    /**
     * The state the log amounts to. Each entry must be allowed by the state machine in the state before it and
     * follow its predecessor's sequence number; a log that breaks either is refused, not repaired.
     */
    public static DossierState replay(List<LoggedAction> log, ZoneId zone) {
        if (log.isEmpty()) {
            throw new IllegalArgumentException("a dossier's action log has at least its reception");
        }
        DossierState state = null;
        for (LoggedAction entry : log) {
            int expected = state == null ? 1 : state.lastSequence() + 1;
            if (entry.sequence() != expected) {
                throw new IllegalArgumentException("action log entry " + entry.sequence() + " where " + expected
                        + " was expected");
            }
            DossierStatus status = DossierStateMachine.apply(Optional.ofNullable(state).map(DossierState::status),
                    entry.action());
            state = switch (entry.action()) {
                case RECEIVE -> new DossierState(status, entry.sequence(), entry.at(), entry.dueAfter(), null, null);
                case RESOLVE -> new DossierState(status, entry.sequence(), state.receivedAt(), entry.dueAfter(),
                        entry.at(), TimelinessRule.classify(entry.at(), entry.dueAfter(), zone));
            };
        }
        return state;
    }
}
