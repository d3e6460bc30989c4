package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.ActionRules;
import vn.motcua.dossier.domain.ApologyRule;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Caller;

/**
 * Xin lỗi và hẹn lại ngày trả kết quả (Decree 118/2025 Art. 19 cl. 6): ApologyRule judges whether the apology
 * comes at least a day before the due date, is the first, and names a later working day; the new date is then
 * the dossier's due date.
 */
@ApplicationScoped
public class ExtendDossier {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;

    @Inject
    WorkingCalendars calendars;


    @Inject
    Clock clock;

    @Transactional
    public DossierView extend(Caller caller, UUID id, String reason, LocalDate newDueDate, String signedBy) {
        DossierLog.Acted acted = dossiers.act(id, d -> Jurisdiction.require(caller, d, DossierAction.EXTEND),
                (d, state) -> {
                    DossierStateMachine.apply(state.status(), DossierAction.EXTEND);
                    Instant now = clock.instant();
                    var verdict = ApologyRule.judge(now, state.dueAt(), newDueDate, state.extension() != null,
                            calendars.of(new ProvinceCode(d.provinceCode)));
                    return switch (verdict) {
                        case ApologyRule.Allowed allowed -> DossierLifecycle.extend(state, caller.name(), now,
                                allowed.newDueAt(), new ActionFacts.Extension(reason, signedBy));
                        case ApologyRule.Refused refused -> throw ActionRules.apologyRefusal(refused,
                                state.extension() != null);
                    };
                });
        var d = acted.dossier();
        dossiers.announce(acted);
        return views.of(d, acted.after(), caller);
    }
}
