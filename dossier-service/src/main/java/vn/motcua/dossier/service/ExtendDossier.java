package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.ApologyRule;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.dossier.domain.LifecycleRefusal;
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
                        // the history (a date already moved) or the hour (too late) forbids it: 409 naming no
                        // field, as the request holds none that could be corrected; a wrong new date is 422
                        case ApologyRule.Refused refused when state.extension() != null -> throw new LifecycleRefusal(
                                "already-extended", null, refused.reason());
                        case ApologyRule.Refused refused when "at".equals(refused.field()) -> throw new LifecycleRefusal(
                                "apology-too-late", null, refused.reason());
                        case ApologyRule.Refused refused -> throw new LifecycleRefusal("invalid-new-due-date",
                                refused.field(), refused.reason());
                    };
                });
        var d = acted.dossier();
        dossiers.announce(acted);
        return DossierView.of(d, acted.after(), caller);
    }
}
