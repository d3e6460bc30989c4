package vn.motcua.dossier.service;

import java.util.Optional;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.SupplementWindow;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.DossierClosed;
import vn.motcua.events.DossierExtended;
import vn.motcua.events.DossierPapersAdded;
import vn.motcua.events.DossierPapersRequested;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierReceptionRefused;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.DossierReturned;
import vn.motcua.events.DossierSubmitted;
import vn.motcua.events.DossierSupplementRequested;
import vn.motcua.events.DossierSupplemented;
import vn.motcua.events.DossierWithdrawn;

/**
 * The event an entry of a dossier's log announces, from the entry and the state after it: one mapping for the
 * live actions and for imported history, so an imported dossier publishes exactly what a live one would have.
 * A hand-over and a payment are announced by their use cases (HandOverDossier, RecordPayment): their events carry
 * what the log entry does not (the unit handed from, the instant paid).
 */
final class LifecycleEvents {
    private LifecycleEvents() {
    }

    /** @param calendar the province's, for whether a supplement was asked within its window */
    static Optional<DomainEvent> of(Dossier d, LoggedAction e, DossierState after, WorkingCalendar calendar) {
        Boolean imported = d.imported;
        return Optional.ofNullable(switch (e.action()) {
            case SUBMIT -> new DossierSubmitted(d.id, d.procedureCode, d.agency, d.channel, e.at(), d.ruleSet,
                    imported);
            case REQUEST_PAPERS -> new DossierPapersRequested(d.id, d.agency, e.at(), reason(e), imported);
            case ADD_PAPERS -> new DossierPapersAdded(d.id, d.agency, e.at(), imported);
            case REFUSE -> new DossierReceptionRefused(d.id, d.agency, e.at(), reason(e), imported);
            case RECEIVE -> new DossierReceived(d.id, d.code, d.procedureCode, d.agency, d.channel, e.at(),
                    e.dueAfter(), d.procedureVersion, d.caseVariant, d.ruleSet, after.submittedAt(), imported,
                    d.imported ? null : e.actor());
            case REQUEST_SUPPLEMENT -> new DossierSupplementRequested(d.id, d.code, d.agency,
                    after.supplements().size(), e.at(), reason(e),
                    SupplementWindow.allows(after.receivedAt(), e.at(), calendar), e.dueBefore(), imported);
            case SUPPLEMENT -> new DossierSupplemented(d.id, d.code, d.agency, after.supplements().size(),
                    after.supplements().getLast().requestedAt(), e.at(), e.dueBefore(), e.dueAfter(), imported);
            case EXTEND -> {
                ActionFacts.Extension apology = (ActionFacts.Extension) e.facts();
                yield new DossierExtended(d.id, d.code, d.agency, e.at(), apology.reason(), apology.signedBy(),
                        e.dueBefore(), e.dueAfter(), imported);
            }
            case RESOLVE -> {
                ActionFacts.Resolution result = after.resolution();
                // an imported result names no officer of this platform: the old system's are unknown
                yield new DossierResolved(d.id, d.code, d.procedureCode, d.agency, d.channel, after.receivedAt(),
                        after.dueAt(), e.at(), after.timeliness(), result.outcome(), result.reason(),
                        after.originalDueAt(), after.supplements().size(), after.supplementTime().toSeconds(),
                        after.extension() != null, result.resultReference(), result.electronicResult(),
                        result.resultDigitised(), after.step() == null ? null : after.step().unit(),
                        d.imported ? null : e.actor(), d.ruleSet, d.procedureVersion, imported);
            }
            case RETURN -> new DossierReturned(d.id, d.code, d.agency, e.at(), after.returnMethod(), imported);
            case WITHDRAW -> new DossierWithdrawn(d.id, d.code, d.agency, e.at(), reason(e), imported);
            // the request left unanswered: an open supplement, or the papers asked at reception
            case CLOSE -> new DossierClosed(d.id, d.code, d.agency, e.at(), after.openSupplement()
                    .map(DossierState.SupplementRound::requestedAt).orElse(after.papersRequestedAt()), imported);
            case HAND_OVER, PAY -> null;
        });
    }

    private static String reason(LoggedAction e) {
        return ((ActionFacts.Reason) e.facts()).reason();
    }
}
