package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.platform.security.Caller;

/**
 * The desk's answers to a dossier it has not accepted (Decree 118/2025 Art. 17 cl. 1a-b): Phiếu yêu cầu bổ sung,
 * hoàn thiện hồ sơ (papers missing; no clock runs yet) and Phiếu từ chối tiếp nhận (refused, with the reason).
 */
@ApplicationScoped
public class ReceptionReplies {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;


    @Inject
    Clock clock;

    @Transactional
    public DossierView requestPapers(Caller caller, UUID id, String reason) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.REQUEST_PAPERS),
                (d, state) -> DossierLifecycle.requestPapers(state, caller.name(), clock.instant(), reason));
        var d = acted.dossier();
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }

    @Transactional
    public DossierView refuse(Caller caller, UUID id, String reason) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.REFUSE),
                (d, state) -> DossierLifecycle.refuse(state, caller.name(), clock.instant(), reason));
        var d = acted.dossier();
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
