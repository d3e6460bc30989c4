package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.events.DossierPapersAdded;
import vn.motcua.platform.security.Caller;

/**
 * The papers the desk asked before acceptance arrived (Decree 118/2025 Art. 17 cl. 1a): from the portal that
 * submitted the dossier, or brought to the desk. The dossier waits for acceptance again; DossierPapersAdded says
 * so (once: a portal's retry under the same key announces nothing again).
 */
@ApplicationScoped
public class AddPapers {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;

    @Inject
    Clock clock;


    /** @param idempotencyKey a portal's key: the same again changes nothing */
    @Transactional
    public DossierView add(Caller caller, UUID id, Optional<String> idempotencyKey) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.ADD_PAPERS),
                (d, state) -> DossierLifecycle.addPapers(state, caller.name(), clock.instant()),
                idempotencyKey.map(k -> new DossierLog.Retry(k, DossierAction.ADD_PAPERS)).orElse(null));
        var d = acted.dossier();
        if (!acted.replayed()) {
            dossiers.announce(acted);
        }
        return views.of(d, acted.after(), caller);
    }
}
