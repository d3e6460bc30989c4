package vn.motcua.dossier.rest;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.service.ActionOffers;

/** What a console offers on a dossier now, and why it withholds what the state and the caller's role would allow. */
public record AllowedActionsResponse(
        @Schema(description = "The actions this caller may take now: allowed by the state, the caller's role and"
                + " jurisdiction, and no rule of the history or the hour") Set<OfferedAction> allowed,
        @Schema(description = "Allowed by the state and the caller's role, but refused now by a rule: the problem"
                + " type and detail the action would answer") List<Withheld> withheld,
        @Schema(description = "Where a hand-over goes by the dossier's process (bước tiếp theo); null when no"
                + " hand-over is offered or the version describes no steps") ActionOffers.NextStep nextStep) {

    public record Withheld(OfferedAction action, String type, String field, String detail) {
    }

    static AllowedActionsResponse of(ActionOffers.Offer offer) {
        return new AllowedActionsResponse(offer.allowed(), offer.withheld().stream()
                .map(w -> new Withheld(w.action(), w.type(), w.field(), w.detail())).toList(), offer.nextStep());
    }
}
