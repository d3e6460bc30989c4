package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.repository.FormQueries;

/**
 * A province's reporting periods: labels read with the cut-off day in force on their anchor, from the province's
 * history ({@code reporting_cutoff_fact}); no history: the national 15th (Decree 09/2019/NĐ-CP Art. 12).
 */
@ApplicationScoped
public class PeriodService {
    @Inject
    FormQueries queries;

    @Inject
    TenantRunner tenants;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    /** The province's cut-off day in force on a day; read inside a transaction as the province. */
    public ToIntFunction<LocalDate> cutoffs(ProvinceCode province) {
        List<FormQueries.Cutoff> history = queries.cutoffs(province.value());
        return day -> history.stream().filter(c -> !c.validFrom().isAfter(day)).reduce((a, b) -> b)
                .map(FormQueries.Cutoff::day).orElse(ReportingPeriod.NATIONAL_CUTOFF);
    }

    /**
     * @throws ProblemException 400 naming {@code period} for a label it cannot read
     */
    public ReportingPeriod parse(ToIntFunction<LocalDate> cutoffs, String label) {
        try {
            return ReportingPeriod.parse(label, cutoffs);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("period", e.getMessage());
        }
    }

    /** The {@code count} periods of the kind, the current one (today in the province) first. */
    public List<ReportingPeriod> recent(Optional<ProvinceCode> province, ReportingPeriod.Kind kind, int count) {
        ToIntFunction<LocalDate> cutoffs = province.map(p -> tenants.callAs(p, () -> cutoffs(p)))
                .orElse(day -> ReportingPeriod.NATIONAL_CUTOFF);
        ReportingPeriod current = ReportingPeriod.containing(kind, LocalDate.now(clock.withZone(config.zone())),
                cutoffs);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(current.minus(i, cutoffs));
        }
        return periods;
    }
}
