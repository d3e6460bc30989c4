package vn.motcua.dossier.service;

import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.events.Timeliness;

/**
 * What anyone holding the receipt may read: where the dossier stands and what happened when. No applicant data,
 * no officer, no reason (a refusal's or a supplement's reasons may name the applicant's affairs).
 *
 * @param ratingTicket proof for evaluation-service that the bearer showed the secret (RatingTicket), so the
 *                     applicant can rate the dossier once it is returned
 */
public record PublicStatus(String code, DossierStatus status, String procedureCode, Instant receivedAt, Instant dueAt,
        Timeliness timeliness, Instant returnedAt, List<Event> timeline, String ratingTicket) {

    /** Rated once the result was handed over (Decree 118/2025 Art. 33 cl. 1: the applicant rates the handling). */
    public boolean rateable() {
        return status == DossierStatus.RETURNED;
    }

    /** One entry of the action log: what and when, nothing of who. */
    public record Event(DossierAction action, Instant at) {
    }
}
