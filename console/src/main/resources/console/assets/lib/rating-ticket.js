// The rating ticket (vé đánh giá) the public lookup hands out with a returned dossier: proof for evaluation-service
// that whoever rates showed the receipt's secret. Kept in this module's memory only, between the lookup page and
// the rating page: never in the address (it would stay in the browser's history) nor in any storage. A reload
// forgets it; the applicant looks the dossier up again.
let held = null;

/** Keeps the ticket of a rateable dossier of the lookup's answer; forgets any earlier one otherwise. */
export function keepTicket(dossier) {
  held = dossier && dossier.rateable && dossier.ratingTicket
    ? { ticket: dossier.ratingTicket, code: dossier.code }
    : null;
  return held !== null;
}

/** The ticket and its dossier's code, or null when none is held. */
export function heldTicket() {
  return held;
}
