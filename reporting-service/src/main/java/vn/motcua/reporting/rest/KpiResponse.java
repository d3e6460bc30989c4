package vn.motcua.reporting.rest;

import java.math.BigDecimal;
import java.util.List;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.service.KpiService;

/**
 * The KPI dashboard: each rate against its target with its trend, the channel mix and the timeliness of the
 * period's resolutions.
 */
public record KpiResponse(ReportForm.Scope scope, ReportForm.Period period, List<Kpi> kpis, List<ChannelCount> channels,
        Timeliness timeliness) {

    /**
     * @param percent null when the denominator is 0 ("không có dữ liệu")
     * @param target  the province's plan target of the year; null when none
     * @param met     percent ≥ target; null when either is missing
     */
    public record Kpi(String kpi, String name, long numerator, long denominator, BigDecimal percent,
            BigDecimal target, Boolean met, String definition, List<KpiService.Point> trend) {
    }

    public record ChannelCount(String channel, long count) {
    }

    public record Timeliness(long early, long onTime, long late) {
    }

    static KpiResponse of(KpiService.Dashboard d) {
        return new KpiResponse(d.scope(), d.period(),
                d.kpis().stream().map(k -> new Kpi(k.kpi().name(), k.name(), k.numerator(), k.denominator(),
                        k.percent(), k.target(), k.met(), k.definition(), k.trend())).toList(),
                d.channels().entrySet().stream().map(e -> new ChannelCount(e.getKey().name(), e.getValue())).toList(),
                new Timeliness(d.timeliness().get(vn.motcua.events.Timeliness.EARLY),
                        d.timeliness().get(vn.motcua.events.Timeliness.ON_TIME),
                        d.timeliness().get(vn.motcua.events.Timeliness.LATE)));
    }
}
