package vn.motcua.dossier.domain;

import java.util.Map;
import java.util.Set;

/** Which action may happen in which state; the one place that knows. */
public final class DossierStateMachine {
    private static final Map<DossierAction, Set<DossierStatus>> ALLOWED_FROM = Map.of(
            DossierAction.RESOLVE, Set.of(DossierStatus.RECEIVED));
    private static final Map<DossierAction, DossierStatus> LEADS_TO = Map.of(
            DossierAction.RESOLVE, DossierStatus.RESOLVED);

    private DossierStateMachine() {
    }

    /** The state after {@code action}, or {@link IllegalTransitionException} if it is not allowed now. */
    public static DossierStatus apply(DossierStatus current, DossierAction action) {
        if (!ALLOWED_FROM.getOrDefault(action, Set.of()).contains(current)) {
            throw new IllegalTransitionException(current, action);
        }
        return LEADS_TO.get(action);
    }
}
