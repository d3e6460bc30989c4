package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.events.Channel;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.events.Timeliness;
import vn.motcua.platform.security.Caller;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.KpiCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.repository.KpiQueries;

/**
 * The KPI dashboard of a province or one of its agencies (issue 16 §4): each rate of {@link KpiCode} with its
 * numerator, denominator and definition against the province's plan target of the year the period ends in, its
 * trend over the periods before, and the period's channel mix and timeliness for the charts. The rates are those of
 * form {@code rates} (the same {@link Rates}), so the dashboard and the printed form never disagree; a rate with a
 * zero denominator has no percent ("không có dữ liệu") and is neither met nor missed.
 */
@ApplicationScoped
public class KpiService {
    static final String DEFINITION = "definition";

    @Inject
    ReportReading reading;

    @Inject
    ReportForms forms;

    @Inject
    Rates rates;

    @Inject
    PlanTargets targets;

    @Inject
    KpiQueries queries;

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
     * @param periods how many periods the trend shows, this one included (a range: itself only)
     */
    public Dashboard dashboard(Caller caller, String periodLabel, Optional<ProvinceCode> province,
            Optional<String> agency, int periods) {
        ReportScope scope = reading.scope(caller, province, agency);
        ProvinceCode of = scope.provinceCode().orElseThrow();
        Optional<String> ofAgency = scope.agencyCode();
        ReportForm form = forms.form(FormCode.RATES, scope, periodLabel);
        ReportingPeriod period = periodOf(form.period());
        Map<KpiCode, BigDecimal> planned = targets.inForce(of, period.to().getYear());

        Map<KpiCode, List<Point>> trend = new EnumMap<>(KpiCode.class);
        for (String label : TrendPeriods.endingWith(form.period().label(), periods)) {
            ReportingPeriod p = label.equals(form.period().label()) ? period
                    : periodOf(forms.form(FormCode.RATES, scope, label).period());
            for (Rates.Rate r : rates.of(of, ofAgency, p)) {
                trend.computeIfAbsent(r.kpi(), k -> new ArrayList<>()).add(new Point(label, r.percent()));
            }
        }
        List<Kpi> kpis = rates.of(of, ofAgency, period).stream().map(r -> {
            Optional<ReportForm.Row> row = form.rows().stream().filter(x -> x.key().equals(r.kpi().name()))
                    .findFirst();
            BigDecimal target = planned.get(r.kpi());
            Boolean met = r.percent() == null || target == null ? null : r.percent().compareTo(target) >= 0;
            return new Kpi(r.kpi(), row.map(ReportForm.Row::label).orElse(r.kpi().name()), r.numerator(),
                    r.denominator(), r.percent(), target, met,
                    row.map(x -> x.cells().get(DEFINITION)).map(ReportForm.Cell::text).orElse(null),
                    trend.getOrDefault(r.kpi(), List.of()));
        }).toList();

        ZoneId zone = config.zone();
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        return new Dashboard(form.scope(), form.period(), kpis, queries.receivedByChannel(of, ofAgency, start, end),
                queries.resolvedByTimeliness(of, ofAgency, start, end));
    }

    private static ReportingPeriod periodOf(ReportForm.Period p) {
        return new ReportingPeriod(ReportingPeriod.Kind.valueOf(p.kind()), p.label(), p.from(), p.to());
    }
}
