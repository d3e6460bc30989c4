package vn.motcua.dossier.service;

import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.security.Caller;

/**
 * Refuses an action the caller may not take on this dossier (ActionPermissions). A portal or a citizen learns
 * nothing of a dossier it did not submit (404, as a read would answer); an officer of the province, who may know
 * the dossier exists, is told it is outside its jurisdiction (403, as resolution always answered).
 */
final class Jurisdiction {
    private Jurisdiction() {
    }

    static void require(Caller caller, Dossier d, DossierAction action) {
        if (ActionPermissions.may(caller, d.holder(), action)) {
            return;
        }
        CaseScope scope = AccessRules.caseScope(caller);
        if (scope instanceof CaseScope.OwnSubmissions || scope instanceof CaseScope.Nothing) {
            throw ProblemException.notFound("Dossier", d.id.toString());
        }
        throw new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                "Dossier " + DossierLog.label(d) + " of agency " + d.agency + ": a " + action.name().toLowerCase()
                        + " is not yours to take.");
    }
}
