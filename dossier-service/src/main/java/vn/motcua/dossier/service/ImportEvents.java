package vn.motcua.dossier.service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.SupplementWindow;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.DossierClosed;
import vn.motcua.events.DossierExtended;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.DossierReturned;
import vn.motcua.events.DossierSubmitted;
import vn.motcua.events.DossierSupplementRequested;
import vn.motcua.events.DossierSupplemented;
import vn.motcua.events.DossierWithdrawn;

/**
 * The events an imported dossier publishes: the same ones a live dossier published at each step, one per entry of
 * its log, in time order, each flagged {@code imported}, so that evaluation and the reports of past quarters come
 * out of the same pipeline as today's. Each event carries the state as it stood after its entry.
 */
final class ImportEvents {
    private ImportEvents() {
    }

    static List<DomainEvent> of(Dossier d, List<LoggedAction> log, WorkingCalendar calendar) {
        ZoneId zone = calendar.zone();
        List<DomainEvent> events = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            LoggedAction e = log.get(i);
            DossierState s = DossierLifecycle.replay(log.subList(0, i + 1), zone);
            event(d, e, s, calendar).ifPresent(events::add);
        }
        return events;
    }

    private static Optional<DomainEvent> event(Dossier d, LoggedAction e, DossierState s, WorkingCalendar calendar) {
        return Optional.ofNullable(switch (e.action()) {
            case SUBMIT -> new DossierSubmitted(d.id, d.procedureCode, d.agency, d.channel, e.at(), d.ruleSet, true);
            case RECEIVE -> new DossierReceived(d.id, d.code, d.procedureCode, d.agency, d.channel, e.at(),
                    e.dueAfter(), d.procedureVersion, d.caseVariant, d.ruleSet, s.submittedAt(), true);
            case REQUEST_SUPPLEMENT -> new DossierSupplementRequested(d.id, d.code, d.agency, s.supplements().size(),
                    e.at(), ((ActionFacts.Reason) e.facts()).reason(),
                    SupplementWindow.allows(s.receivedAt(), e.at(), calendar), e.dueBefore(), true);
            case SUPPLEMENT -> new DossierSupplemented(d.id, d.code, d.agency, s.supplements().size(),
                    s.supplements().getLast().requestedAt(), e.at(), e.dueBefore(), e.dueAfter(), true);
            case EXTEND -> {
                ActionFacts.Extension x = (ActionFacts.Extension) e.facts();
                yield new DossierExtended(d.id, d.code, d.agency, e.at(), x.reason(), x.signedBy(), e.dueBefore(),
                        e.dueAfter(), true);
            }
            case RESOLVE -> new DossierResolved(d.id, d.code, d.procedureCode, d.agency, d.channel, s.receivedAt(),
                    s.dueAt(), e.at(), s.timeliness(), s.resolution().outcome(), s.resolution().reason(),
                    s.originalDueAt(), s.supplements().size(), s.supplementTime().toSeconds(), s.extension() != null,
                    null, false, false, null, null, d.ruleSet, d.procedureVersion, true);
            case RETURN -> new DossierReturned(d.id, d.code, d.agency, e.at(), s.returnMethod(), true);
            case WITHDRAW -> new DossierWithdrawn(d.id, d.code, d.agency, e.at(),
                    ((ActionFacts.Reason) e.facts()).reason(), true);
            case CLOSE -> new DossierClosed(d.id, d.code, d.agency, e.at(),
                    s.supplements().isEmpty() ? null : s.supplements().getLast().requestedAt(), true);
            // the import makes none of these: its rows carry no papers, hand-overs or payments
            case REQUEST_PAPERS, ADD_PAPERS, REFUSE, HAND_OVER, PAY -> null;
        });
    }
}
