package vn.motcua.dossier.rest;

import java.time.Instant;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.LoggedAction;

/** One entry of a dossier's action log. */
public record ActionResponse(int sequence, DossierAction action, String actor, Instant at, Instant dueBefore,
        Instant dueAfter) {
    static ActionResponse of(LoggedAction a) {
        return new ActionResponse(a.sequence(), a.action(), a.actor(), a.at(), a.dueBefore(), a.dueAfter());
    }
}
