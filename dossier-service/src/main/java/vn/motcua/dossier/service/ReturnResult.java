package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.dossier.domain.LifecycleRefusal;
import vn.motcua.dossier.domain.OnlineReturn;
import vn.motcua.events.ReturnMethod;
import vn.motcua.platform.security.Caller;

/** Trả kết quả (Decree 118/2025 Art. 22): at the desk, by post, or online when the result is electronic. */
@ApplicationScoped
public class ReturnResult {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;


    @Inject
    Clock clock;

    @Transactional
    public DossierView returnResult(Caller caller, UUID id, ReturnMethod method) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.RETURN),
                (d, state) -> {
                    DossierStateMachine.apply(state.status(), DossierAction.RETURN);
                    OnlineReturn.problem(method, state.resolution().electronicResult()).ifPresent(why -> {
                        throw new LifecycleRefusal("no-electronic-result", "method", why);
                    });
                    return DossierLifecycle.returnResult(state, caller.name(), clock.instant(),
                            new ActionFacts.Return(method));
                });
        var d = acted.dossier();
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
