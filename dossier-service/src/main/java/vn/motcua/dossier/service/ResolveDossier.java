package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.events.Outcome;
import vn.motcua.platform.security.Caller;

/**
 * Giải quyết: record the result, approved or refused with its reasons (Decree 118/2025 Art. 19 cl. 3), classify
 * it early / on time / late against the appointed date, log it and announce it with every fact evaluation and
 * reports count.
 */
@ApplicationScoped
public class ResolveDossier {
    @Inject
    DossierViews views;


    @Inject
    Clock clock;

    @Inject
    DossierLog dossiers;

    /** Approved, without a result reference (the thin slice's call). */
    @Transactional
    public DossierView resolve(Caller caller, UUID id) {
        return resolve(caller, id, new ActionFacts.Resolution(Outcome.APPROVED, null, null, false, false));
    }

    @Transactional
    public DossierView resolve(Caller caller, UUID id, ActionFacts.Resolution result) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.RESOLVE),
                (d, state) -> DossierLifecycle.resolve(state, caller.name(), clock.instant(), result));
        var d = acted.dossier();
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
