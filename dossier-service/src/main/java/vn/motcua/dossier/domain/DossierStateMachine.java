package vn.motcua.dossier.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which action may happen in which state; the one place that knows. */
public final class DossierStateMachine {
    /** Actions that open a dossier's life: allowed only when it has no state yet. */
    private static final Set<DossierAction> OPENING = Set.of(DossierAction.RECEIVE);
    private static final Map<DossierAction, Set<DossierStatus>> ALLOWED_FROM = Map.of(
            DossierAction.RESOLVE, Set.of(DossierStatus.RECEIVED));
    private static final Map<DossierAction, DossierStatus> LEADS_TO = Map.of(
            DossierAction.RECEIVE, DossierStatus.RECEIVED,
            DossierAction.RESOLVE, DossierStatus.RESOLVED);

    private DossierStateMachine() {
    }

    /**
     * The state after {@code action}, or {@link IllegalTransitionException} if it is not allowed now. {@code current}
     * is empty before the first action.
     */
    public static DossierStatus apply(Optional<DossierStatus> current, DossierAction action) {
        boolean allowed = current.isEmpty() ? OPENING.contains(action)
                : ALLOWED_FROM.getOrDefault(action, Set.of()).contains(current.get());
        if (!allowed) {
            throw new IllegalTransitionException(current.orElse(null), action);
        }
        return LEADS_TO.get(action);
    }

    public static DossierStatus apply(DossierStatus current, DossierAction action) {
        return apply(Optional.of(current), action);
    }
}
