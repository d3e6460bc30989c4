package vn.motcua.dossier.service;

import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.security.Caller;

/**
 * Who may take which action of this API on a dossier, by role × jurisdiction (AccessRules): the one table, read by
 * each use case before it acts (Jurisdiction, HandOverDossier) and by {@link ActionOffers}, which adds the state
 * machine and the rules of the history and the hour (ActionRules) to say what a console offers. Closure and
 * payments are other APIs' and are not offered here.
 */
public final class ActionPermissions {
    private ActionPermissions() {
    }

    /** Role × jurisdiction for an action on the file {@code file} (its competent agency and current unit). */
    public static boolean may(Caller caller, CaseScope.Holder file, DossierAction action) {
        return switch (action) {
            case RECEIVE, REQUEST_PAPERS, REFUSE, RETURN -> AccessRules.mayReceive(caller, file);
            case ADD_PAPERS, SUPPLEMENT, WITHDRAW -> AccessRules.isSubmitter(caller, file)
                    || AccessRules.mayReceive(caller, file);
            case REQUEST_SUPPLEMENT -> AccessRules.mayRequestSupplement(caller, file);
            case EXTEND -> AccessRules.mayExtend(caller, file);
            case RESOLVE -> AccessRules.mayResolve(caller, file);
            // a hand-over is judged on who holds the file now: may(Caller, Dossier, OfferedAction)
            case SUBMIT, HAND_OVER, CLOSE, PAY -> false;
        };
    }

    /**
     * Role × jurisdiction for an offered action: a hand-over or an assignment by who holds the file now (the desk
     * before the first hand-over, then the unit of the current step, a co-operating agency's during liên thông),
     * the others by the competent agency.
     */
    public static boolean may(Caller caller, Dossier d, OfferedAction action) {
        return switch (action) {
            case HAND_OVER -> AccessRules.mayHandOver(caller, HandOverDossier.holding(d), d.stepNumber == null);
            case ASSIGN -> AccessRules.mayAssign(caller, HandOverDossier.holding(d));
            default -> may(caller, d.holder(), action.logged());
        };
    }
}
