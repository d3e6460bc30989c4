package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import vn.motcua.dossier.config.NearingConfig;
import vn.motcua.dossier.domain.DeadlineExplanation;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Caller;

/**
 * Cách tính hạn: how a dossier's appointed date was computed ({@link DeadlineExplanation}), over the province's
 * calendar with the names of its days, for whoever may see the dossier.
 */
@ApplicationScoped
public class DeadlineQueries {
    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    NearingConfig nearing;

    @Transactional
    public DeadlineExplanation.Explanation explain(Caller caller, UUID id) {
        Dossier d = DossierQueries.visible(caller, id);
        ProvinceCode province = new ProvinceCode(d.provinceCode);
        ProcedureTerms.TimeLimit limit = d.timeLimitValue == null || d.timeLimitUnit == null ? null
                : new ProcedureTerms.TimeLimit(d.timeLimitValue, d.timeLimitUnit);
        return DeadlineExplanation.of(DossierActionRecord.logOf(d.id), limit, calendars.of(province),
                calendars.namedDays(province), clock.instant(), Duration.ofHours(nearing.hoursFor(d.provinceCode)));
    }
}
