package vn.motcua.dossier.service;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.DomainEvent;

/**
 * The events an imported dossier publishes: the same ones a live dossier published at each step, one per entry of
 * its log, in time order, each flagged {@code imported}, so that evaluation and the reports of past quarters come
 * out of the same pipeline as today's. Each event carries the state as it stood after its entry.
 */
final class ImportEvents {
    private ImportEvents() {
    }

    static List<DomainEvent> of(Dossier d, List<LoggedAction> log, WorkingCalendar calendar) {
        List<DomainEvent> events = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            DossierState after = DossierLifecycle.replay(log.subList(0, i + 1), calendar.zone());
            // the import makes no hand-overs nor payments: every entry maps (LifecycleEvents)
            LifecycleEvents.of(d, log.get(i), after, calendar).ifPresent(events::add);
        }
        return events;
    }
}
