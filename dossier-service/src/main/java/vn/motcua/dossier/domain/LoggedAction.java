package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a dossier's append-only action log: who did what, when, and the appointed date before and
 * after it (equal when the action does not move it). The log is the record; the dossier's state is derived
 * from it ({@link DossierLifecycle#replay}).
 *
 * @param sequence  1 for the reception, then consecutive
 * @param dueBefore null before the reception
 */
public record LoggedAction(int sequence, DossierAction action, String actor, Instant at, Instant dueBefore,
        Instant dueAfter) {
    public LoggedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(dueAfter, "dueAfter");
        if (sequence < 1) {
            throw new IllegalArgumentException("an action log starts at 1: " + sequence);
        }
    }
}
