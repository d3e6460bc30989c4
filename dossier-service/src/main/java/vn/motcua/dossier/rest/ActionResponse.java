package vn.motcua.dossier.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.LoggedAction;

/** One entry of a dossier's action log (quá trình xử lý). */
public record ActionResponse(int sequence, DossierAction action, String actor, Instant at,
        @Schema(description = "Ngày hẹn trả before the action; null before acceptance") Instant dueBefore,
        @Schema(description = "Ngày hẹn trả after it") Instant dueAfter,
        @Schema(description = "What the action says beyond this: the reason of a request, refusal or withdrawal;"
                + " the step of a hand-over; the apology's reason and signer; the result; the return method")
        ActionFacts facts) {
    static ActionResponse of(LoggedAction a) {
        return new ActionResponse(a.sequence(), a.action(), a.actor(), a.at(), a.dueBefore(), a.dueAfter(),
                a.facts() instanceof ActionFacts.None ? null : a.facts());
    }
}
