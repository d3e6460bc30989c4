package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Caller;

/**
 * Nhận đủ hồ sơ bổ sung (Decree 118/2025 Art. 19 cl. 5): "thời hạn giải quyết được tính lại từ đầu", the time
 * limit kept at acceptance restarts in full from now over the province's calendar of today.
 */
@ApplicationScoped
public class ReceiveSupplement {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;

    @Inject
    WorkingCalendars calendars;


    @Inject
    Clock clock;

    /** @param idempotencyKey a portal's key: the same again changes nothing */
    @Transactional
    public DossierView receive(Caller caller, UUID id, Optional<String> idempotencyKey) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.SUPPLEMENT),
                (d, state) -> {
                    // the state first: a dossier not accepted has no time limit to restart
                    DossierStateMachine.apply(state.status(), DossierAction.SUPPLEMENT);
                    return DossierLifecycle.supplement(state, caller.name(), clock.instant(),
                            new TimeLimit(d.timeLimitValue, d.timeLimitUnit),
                            calendars.of(new ProvinceCode(d.provinceCode)));
                }, idempotencyKey.map(k -> new DossierLog.Retry(k, DossierAction.SUPPLEMENT)).orElse(null));
        var d = acted.dossier();
        if (acted.replayed()) {
            return views.of(d, acted.after(), caller);
        }
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
