package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionRules;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Caller;

/**
 * Yêu cầu bổ sung during appraisal (Decree 118/2025 Art. 19 cl. 5): once, within 3 working days of acceptance
 * (SupplementWindow, over the province's calendar); the clock restarts when the complete papers come.
 */
@ApplicationScoped
public class RequestSupplement {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;

    @Inject
    WorkingCalendars calendars;


    @Inject
    Clock clock;

    /** @param papers what is missing, written on the Phiếu yêu cầu bổ sung after the reason; may be null */
    @Transactional
    public DossierView request(Caller caller, UUID id, String reason, String papers) {
        String written = papers == null ? reason : reason + " Giấy tờ cần bổ sung: " + papers;
        DossierLog.Acted acted = dossiers.act(id,
                d -> Jurisdiction.require(caller, d, DossierAction.REQUEST_SUPPLEMENT), (d, state) -> {
                    // the state first: the window means nothing for a dossier not accepted
                    DossierStateMachine.apply(state.status(), DossierAction.REQUEST_SUPPLEMENT);
                    Instant now = clock.instant();
                    boolean within = ActionRules.withinSupplementWindow(state.receivedAt(), now,
                            calendars.of(new ProvinceCode(d.provinceCode)));
                    return DossierLifecycle.requestSupplement(state, caller.name(), now, written, within);
                });
        var d = acted.dossier();
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
