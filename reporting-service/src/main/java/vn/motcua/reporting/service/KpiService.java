package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import vn.motcua.events.Channel;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.events.Timeliness;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.domain.PeriodInstants;
import vn.motcua.reporting.domain.ProvinceNames;
import vn.motcua.reporting.domain.RateDefinitions;
import vn.motcua.reporting.domain.form.KpiCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.repository.FormQueries;
import vn.motcua.reporting.repository.KpiQueries;

/**
 * The KPI dashboard of a province or one of its agencies (issue 16 §4): each rate of {@link KpiCode} with its
 * numerator, denominator and definition against the province's plan target of the year the period ends in, its
 * trend over the periods before (each cut with the cut-off in force on its own anchor), and the period's channel mix
 * and timeliness for the charts. The rates are form {@code rates}'s ({@link Rates}, {@link RateDefinitions}), so
 * the dashboard and the printed form never disagree; a rate with a zero denominator has no percent ("không có dữ
 * liệu") and is neither met nor missed.
 */
@ApplicationScoped
public class KpiService {
    @Inject
    PeriodService periods;

    @Inject
    Rates rates;

    @Inject
    PlanTargets targets;

    @Inject
    KpiQueries queries;

    @Inject
    FormQueries names;

    @Inject
    TenantRunner tenants;

    @Inject
    ReportingConfig config;

    public record Point(String period, BigDecimal percent) {
    }

    /** @param met percent ≥ target; null when either is missing */
    public record Kpi(KpiCode kpi, String name, long numerator, long denominator, BigDecimal percent,
            BigDecimal target, Boolean met, String definition, List<Point> trend) {
    }

    public record Dashboard(ReportForm.Scope scope, ReportForm.Period period, List<Kpi> kpis,
            Map<Channel, Long> channels, Map<Timeliness, Long> timeliness) {
    }

    /**
     * @param province the {@code province} parameter (national auditors), as {@link ReportAccess} reads it
     * @param periods  how many periods the trend shows, this one included (a range: itself only)
     */
    public Dashboard dashboard(Caller caller, String periodLabel, Optional<String> province, Optional<String> agency,
            int periods) {
        ReportScope scope = ReportAccess.scope(caller, province, agency);
        ProvinceCode of = scope.provinceCode().orElseThrow();
        Optional<String> ofAgency = scope.agencyCode();
        ToIntFunction<LocalDate> cutoffs = tenants.callAs(of, () -> this.periods.cutoffs(of));
        ReportingPeriod period = this.periods.parse(cutoffs, periodLabel);
        Map<KpiCode, BigDecimal> planned = targets.inForce(of, period.to().getYear());

        List<Rates.Rate> current = rates.of(of, ofAgency, period);
        Map<KpiCode, List<Point>> trend = new EnumMap<>(KpiCode.class);
        for (ReportingPeriod p : trendOf(period, periods, cutoffs)) {
            for (Rates.Rate r : p.equals(period) ? current : rates.of(of, ofAgency, p)) {
                trend.computeIfAbsent(r.kpi(), k -> new ArrayList<>()).add(new Point(p.label(), r.percent()));
            }
        }
        List<Kpi> kpis = current.stream().map(r -> {
            BigDecimal target = planned.get(r.kpi());
            Boolean met = r.percent() == null || target == null ? null : r.percent().compareTo(target) >= 0;
            RateDefinitions.Definition definition = RateDefinitions.of(r.kpi());
            return new Kpi(r.kpi(), definition.name(), r.numerator(), r.denominator(), r.percent(), target, met,
                    definition.text(), List.copyOf(trend.getOrDefault(r.kpi(), List.of())));
        }).toList();

        PeriodInstants instants = PeriodInstants.of(period, config.zone());
        Map<Channel, Long> channels = tenants.callAs(of, () -> queries.receivedByChannel(of, ofAgency,
                instants.start(), instants.end()));
        Map<Timeliness, Long> timeliness = tenants.callAs(of, () -> queries.resolvedByTimeliness(of, ofAgency,
                instants.start(), instants.end()));
        Optional<String> agencyName = ofAgency.map(a -> tenants.callAs(of, () -> names.agencyName(of.value(), a))
                .orElse(a));
        ReportForm.Scope printed = new ReportForm.Scope(ofAgency.isPresent() ? "AGENCY" : "PROVINCE", of.value(),
                ProvinceNames.shortName(of.value()), ofAgency.orElse(null), agencyName.orElse(null));
        return new Dashboard(printed, new ReportForm.Period(period.kind().name(), period.label(), period.from(),
                period.to(), period.text()), kpis, channels, timeliness);
    }

    /** The periods of the trend, oldest first, ending with the period itself; a range has none before it. */
    static List<ReportingPeriod> trendOf(ReportingPeriod period, int count, ToIntFunction<LocalDate> cutoffs) {
        if (period.kind() == ReportingPeriod.Kind.RANGE) {
            return List.of(period);
        }
        List<ReportingPeriod> trend = new ArrayList<>();
        for (int steps = count - 1; steps >= 0; steps--) {
            trend.add(steps == 0 ? period : period.minus(steps, cutoffs));
        }
        return trend;
    }
}
