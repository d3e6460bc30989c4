package vn.motcua.dossier.service;

import java.util.EnumSet;
import java.util.Set;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.security.Caller;

/**
 * Who may take which action of this API on a dossier, by role × jurisdiction (AccessRules); with the state
 * machine, what a console offers ({@code allowedActions}) and what each use case checks. Hand-over, closure and
 * payments are other APIs' and are not offered here.
 */
public final class ActionPermissions {
    private ActionPermissions() {
    }

    public static boolean may(Caller caller, CaseScope.Holder file, DossierAction action) {
        return switch (action) {
            case RECEIVE, REQUEST_PAPERS, REFUSE, RETURN -> AccessRules.mayReceive(caller, file);
            case ADD_PAPERS, SUPPLEMENT, WITHDRAW -> AccessRules.isSubmitter(caller, file)
                    || AccessRules.mayReceive(caller, file);
            case REQUEST_SUPPLEMENT -> AccessRules.mayRequestSupplement(caller, file);
            case EXTEND -> AccessRules.mayExtend(caller, file);
            case RESOLVE -> AccessRules.mayResolve(caller, file);
            case SUBMIT, HAND_OVER, CLOSE, PAY -> false;
        };
    }

    /** The actions the dossier's state allows and the caller may take. */
    public static Set<DossierAction> allowed(Caller caller, Dossier d) {
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        CaseScope.Holder file = d.holder();
        for (DossierAction action : DossierStateMachine.allowedIn(d.status)) {
            if (may(caller, file, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
