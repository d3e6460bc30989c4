package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a dossier's append-only action log: who did what, when, and the appointed date before and
 * after it (equal when the action does not move it; null before acceptance, when there is none). The log is the
 * record; the dossier's state is derived from it ({@link DossierLifecycle#replay}). The due date an entry
 * computed is stored, never recomputed: a calendar changed after acceptance does not move it.
 *
 * @param sequence 1 for the first entry, then consecutive
 * @param facts    what the action says beyond this, of the kind its action carries ({@link ActionFacts})
 */
public record LoggedAction(int sequence, DossierAction action, String actor, Instant at, Instant dueBefore,
        Instant dueAfter, ActionFacts facts) {
    public LoggedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(facts, "facts");
        if (sequence < 1) {
            throw new IllegalArgumentException("an action log starts at 1: " + sequence);
        }
        if (!ActionFacts.typeFor(action).isInstance(facts)) {
            throw new IllegalArgumentException(action + " carries " + ActionFacts.typeFor(action).getSimpleName()
                    + ", not " + facts.getClass().getSimpleName());
        }
    }

    /** An entry whose action says nothing more. */
    public LoggedAction(int sequence, DossierAction action, String actor, Instant at, Instant dueBefore,
            Instant dueAfter) {
        this(sequence, action, actor, at, dueBefore, dueAfter, new ActionFacts.None());
    }
}
