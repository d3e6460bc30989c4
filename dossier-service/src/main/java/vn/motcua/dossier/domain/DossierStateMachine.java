package vn.motcua.dossier.domain;

import static vn.motcua.dossier.domain.DossierStatus.IN_APPRAISAL;
import static vn.motcua.dossier.domain.DossierStatus.PAPERS_REQUESTED;
import static vn.motcua.dossier.domain.DossierStatus.RECEIVED;
import static vn.motcua.dossier.domain.DossierStatus.RESOLVED;
import static vn.motcua.dossier.domain.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.domain.DossierStatus.SUPPLEMENT_REQUESTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which action may happen in which state, and the state it leads to; the one place that knows (Decree 118/2025
 * Art. 15-24, articles on each {@link DossierAction}). Rules that depend on more than the state (a second
 * supplement request, an apology too late) are judged by {@link DossierLifecycle} and the rule classes.
 */
public final class DossierStateMachine {
    /** Actions that open a dossier's life: a desk acceptance, or an online or postal submission. */
    private static final Set<DossierAction> OPENING = Set.of(DossierAction.RECEIVE, DossierAction.SUBMIT);
    /** Before the decision (Art. 21: the applicant may stop "until the decision is issued"). */
    private static final Set<DossierStatus> UNDECIDED = Set.of(SUBMITTED, PAPERS_REQUESTED, RECEIVED, IN_APPRAISAL,
            SUPPLEMENT_REQUESTED);
    private static final Map<DossierAction, Rule> RULES = new EnumMap<>(DossierAction.class);

    /** {@code to} null: the action leaves the state as it is. */
    private record Rule(Set<DossierStatus> from, DossierStatus to) {
    }

    static {
        rule(DossierAction.SUBMIT, Set.of(), SUBMITTED);
        rule(DossierAction.RECEIVE, Set.of(SUBMITTED), RECEIVED);
        rule(DossierAction.REQUEST_PAPERS, Set.of(SUBMITTED), PAPERS_REQUESTED);
        rule(DossierAction.ADD_PAPERS, Set.of(PAPERS_REQUESTED), SUBMITTED);
        rule(DossierAction.REFUSE, Set.of(SUBMITTED, PAPERS_REQUESTED), DossierStatus.REFUSED);
        rule(DossierAction.HAND_OVER, Set.of(RECEIVED, IN_APPRAISAL), IN_APPRAISAL);
        rule(DossierAction.REQUEST_SUPPLEMENT, Set.of(RECEIVED, IN_APPRAISAL), SUPPLEMENT_REQUESTED);
        rule(DossierAction.SUPPLEMENT, Set.of(SUPPLEMENT_REQUESTED), IN_APPRAISAL);
        rule(DossierAction.EXTEND, Set.of(RECEIVED, IN_APPRAISAL), null);
        rule(DossierAction.RESOLVE, Set.of(RECEIVED, IN_APPRAISAL), RESOLVED);
        rule(DossierAction.RETURN, Set.of(RESOLVED), DossierStatus.RETURNED);
        rule(DossierAction.WITHDRAW, UNDECIDED, DossierStatus.WITHDRAWN);
        rule(DossierAction.CLOSE, Set.of(SUPPLEMENT_REQUESTED, PAPERS_REQUESTED), DossierStatus.CLOSED);
        rule(DossierAction.PAY, Set.of(SUBMITTED, PAPERS_REQUESTED, RECEIVED, IN_APPRAISAL, SUPPLEMENT_REQUESTED,
                RESOLVED), null);
    }

    private static void rule(DossierAction action, Set<DossierStatus> from, DossierStatus to) {
        RULES.put(action, new Rule(from, to));
    }

    private DossierStateMachine() {
    }

    /**
     * The state after {@code action}, or {@link IllegalTransitionException} if it is not allowed now. {@code current}
     * is empty before the first action.
     */
    public static DossierStatus apply(Optional<DossierStatus> current, DossierAction action) {
        Rule rule = RULES.get(action);
        boolean allowed = current.isEmpty() ? OPENING.contains(action) : rule.from().contains(current.get());
        if (!allowed) {
            throw new IllegalTransitionException(current.orElse(null), action);
        }
        return rule.to() != null ? rule.to() : current.orElseThrow();
    }

    public static DossierStatus apply(DossierStatus current, DossierAction action) {
        return apply(Optional.of(current), action);
    }

    /** The actions allowed in {@code current}: what a console offers (an illegal action is never offered). */
    public static Set<DossierAction> allowedIn(DossierStatus current) {
        Set<DossierAction> allowed = java.util.EnumSet.noneOf(DossierAction.class);
        RULES.forEach((action, rule) -> {
            if (rule.from().contains(current)) {
                allowed.add(action);
            }
        });
        return allowed;
    }
}
