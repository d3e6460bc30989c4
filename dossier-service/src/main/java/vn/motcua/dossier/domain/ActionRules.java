package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What, beyond the state ({@link DossierStateMachine}) and the caller's role and jurisdiction, withholds an action
 * from a dossier now: its history (a supplement already requested, a date already moved once, a dossier still at
 * the desk) or the hour (the supplement window closed, too late to apologise). The one home of these checks: the
 * use cases refuse with the refusal found here, and the console is offered only what none of them withholds, so
 * an offered action is never refused by a rule the offer did not know (a concurrent action aside).
 *
 * <ul>
 * <li>Yêu cầu bổ sung during appraisal: once ("một lần", Decree 118/2025 Art. 16 cl. 3 and Art. 19 cl. 5; Decree
 * 61/2018 Art. 15 cl. 3), and within 3 working days of reception ({@link SupplementWindow}).</li>
 * <li>Xin lỗi và hẹn lại: once, at least a day before the due date ({@link ApologyRule}; Decree 118/2025 Art. 19
 * cl. 6; Decree 61/2018 Art. 19 cl. 9). Whether the new date is acceptable is a matter of the value the official
 * types, judged when it is sent.</li>
 * <li>Phân công: the file must have left the desk for a unit (Decree 118/2025 Art. 18): the lead assigns an
 * officer of the step the unit holds.</li>
 * </ul>
 */
public final class ActionRules {
    private ActionRules() {
    }

    /**
     * What a dossier's state and history say about the actions above, as the log's state ({@link #of}) or the
     * dossier's row show it.
     *
     * @param receivedAt            acceptance; null before
     * @param dueAt                 the appointed date now; null before acceptance
     * @param supplementRequested   whether the supplement during appraisal was requested (it may be once)
     * @param supplementRequestedAt when, if known; null otherwise
     * @param extended              whether an apology already moved the date
     * @param handedOver            whether the dossier has left the desk for a step's unit
     */
    public record Facts(DossierStatus status, Instant receivedAt, Instant dueAt, boolean supplementRequested,
            Instant supplementRequestedAt, boolean extended, boolean handedOver) {
    }

    public static Facts of(DossierState state) {
        return new Facts(state.status(), state.receivedAt(), state.dueAt(), !state.supplements().isEmpty(),
                state.supplements().isEmpty() ? null : state.supplements().getFirst().requestedAt(),
                state.extension() != null, state.step() != null);
    }

    /** The offered actions the state allows ({@link DossierStateMachine#allowedIn}), before any other rule. */
    public static Set<OfferedAction> allowedIn(DossierStatus status) {
        Set<DossierAction> byState = DossierStateMachine.allowedIn(status);
        Set<OfferedAction> allowed = EnumSet.noneOf(OfferedAction.class);
        for (OfferedAction action : OfferedAction.values()) {
            if (byState.contains(action.logged())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * The refusal a rule of the history or the hour gives {@code action} at {@code now}, if any. Only meaningful
     * for an action the state allows ({@link #allowedIn}).
     */
    public static Optional<LifecycleRefusal> withheld(OfferedAction action, Facts facts, Instant now,
            WorkingCalendar calendar) {
        return switch (action) {
            case REQUEST_SUPPLEMENT -> supplementRequest(facts.supplementRequested(), facts.supplementRequestedAt(),
                    withinSupplementWindow(facts.receivedAt(), now, calendar));
            case EXTEND -> ApologyRule.tooLateOrRepeated(now, facts.dueAt(), facts.extended(), calendar)
                    .map(refused -> apologyRefusal(refused, facts.extended()));
            case ASSIGN -> facts.handedOver() ? Optional.empty() : Optional.of(new LifecycleRefusal(
                    "not-handed-over", null, "the dossier is still at the desk; it is assigned once handed over to a"
                            + " unit"));
            default -> Optional.empty();
        };
    }

    /** Whether a supplement asked at {@code now} falls within 3 working days of the acceptance. */
    public static boolean withinSupplementWindow(Instant receivedAt, Instant now, WorkingCalendar calendar) {
        return receivedAt != null && !now.isBefore(receivedAt) && SupplementWindow.allows(receivedAt, now, calendar);
    }

    /**
     * A second request, or one outside the window, is refused (409: the history or the hour forbids it).
     *
     * @param requestedBefore when the earlier request was made, if known; null otherwise
     */
    public static Optional<LifecycleRefusal> supplementRequest(boolean alreadyRequested, Instant requestedBefore,
            boolean withinWindow) {
        if (alreadyRequested) {
            return Optional.of(new LifecycleRefusal("supplement-already-requested", null, "a supplement was already"
                    + " requested" + (requestedBefore == null ? "" : " on " + requestedBefore) + "; the law allows"
                    + " one request (Decree 118/2025 Art. 19 cl. 5)"));
        }
        if (!withinWindow) {
            return Optional.of(new LifecycleRefusal("supplement-window-passed", null, "a supplement may be requested"
                    + " only within 3 working days of reception (Decree 118/2025 Art. 19 cl. 5)"));
        }
        return Optional.empty();
    }

    /**
     * The refusal of an apology ApologyRule refused: the history (a date already moved) or the hour (too late) is
     * 409 naming no field, as the request holds none that could be corrected; a wrong new date is 422 naming it.
     */
    public static LifecycleRefusal apologyRefusal(ApologyRule.Refused refused, boolean alreadyExtended) {
        if (alreadyExtended) {
            return new LifecycleRefusal("already-extended", null, refused.reason());
        }
        if ("at".equals(refused.field())) {
            return new LifecycleRefusal("apology-too-late", null, refused.reason());
        }
        return new LifecycleRefusal("invalid-new-due-date", refused.field(), refused.reason());
    }
}
