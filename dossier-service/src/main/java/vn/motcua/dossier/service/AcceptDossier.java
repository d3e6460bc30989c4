package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.platform.security.Caller;

/**
 * Tiếp nhận a submitted dossier (Decree 118/2025 Art. 17 cl. 2-3): an officer accepts it as complete and valid;
 * it gets its code, the version and case of its procedure in force today, its appointed date counted from now,
 * and its receipt.
 */
@ApplicationScoped
public class AcceptDossier {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;

    @Inject
    Acceptance acceptance;


    @Inject
    Clock clock;

    /** @param caseVariant the case, when the submission named none or the officer corrects it */
    @Transactional
    public Receipt accept(Caller caller, UUID id, Optional<String> caseVariant) {
        ReceiptSlip[] slip = new ReceiptSlip[1];
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.RECEIVE),
                (d, state) -> {
                    // the state first: a dossier already accepted is an illegal transition, whatever its terms
                    DossierStateMachine.apply(state.status(), DossierAction.RECEIVE);
                    Instant now = clock.instant();
                    Acceptance.Terms terms = acceptance.pin(d.procedureCode,
                            caseVariant.or(() -> Optional.ofNullable(d.caseVariant)), now);
                    LoggedAction entry = DossierLifecycle.receive(Optional.of(state), caller.name(), now,
                            terms.clock(now), terms.calendar());
                    slip[0] = acceptance.stamp(d, terms, now, entry.dueAfter());
                    return entry;
                });
        dossiers.announce(acted);
        return new Receipt(views.of(acted.dossier(), acted.after(), caller), false, slip[0]);
    }
}
