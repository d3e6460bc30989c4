package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.platform.security.Caller;

/**
 * Dừng giải quyết at the applicant's request, until the decision is issued (Decree 118/2025 Art. 21): by the
 * portal or citizen that submitted it, or by a reception officer for an applicant at the desk.
 */
@ApplicationScoped
public class WithdrawDossier {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;


    @Inject
    Clock clock;

    /** @param idempotencyKey a portal's key: the same again changes nothing */
    @Transactional
    public DossierView withdraw(Caller caller, UUID id, String reason, Optional<String> idempotencyKey) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.WITHDRAW),
                (d, state) -> DossierLifecycle.withdraw(state, caller.name(), clock.instant(), reason),
                idempotencyKey.map(k -> new DossierLog.Retry(k, DossierAction.WITHDRAW)).orElse(null));
        var d = acted.dossier();
        if (acted.replayed()) {
            return views.of(d, acted.after(), caller);
        }
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
