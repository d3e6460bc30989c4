package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.EventEnvelope;
import vn.motcua.reporting.repository.DossierFact;

/** Keeps one fact row per dossier up to date from the dossier's events. */
@ApplicationScoped
public class DossierFactService {

    /** The effect of one dossier event, in the consumer's inbox transaction as the event's province. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        switch (event.payload()) {
            case DossierReceived received -> received(received);
            case DossierResolved resolved -> resolved(resolved);
            default -> { }
        }
    }

    private void received(DossierReceived e) {
        if (DossierFact.findById(e.dossierId()) != null) {
            // the Resolved came first (e.g. a replay or a republished Received): it carries the same facts
            // and the final due date (after extensions), so it wins
            return;
        }
        DossierFact f = new DossierFact();
        f.dossierId = e.dossierId();
        f.received(e.procedureCode(), e.agency(), e.channel(), e.receivedAt(), e.dueAt());
        f.persist();
    }

    private void resolved(DossierResolved e) {
        DossierFact found = DossierFact.findById(e.dossierId());
        DossierFact f = found != null ? found : new DossierFact();
        f.dossierId = e.dossierId();
        f.received(e.procedureCode(), e.agency(), e.channel(), e.receivedAt(), e.dueAt());
        f.resolvedAt = e.resolvedAt();
        f.timeliness = e.timeliness();
        if (found == null) {
            f.persist();
        }
    }
}
