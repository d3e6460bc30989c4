package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.domain.PeriodInstants;
import vn.motcua.reporting.domain.RatePercent;
import vn.motcua.reporting.domain.form.KpiCode;
import vn.motcua.reporting.repository.FormQueriesRates;

/** The rates of every {@link KpiCode} of a province or one of its agencies over a period, as the province. */
@ApplicationScoped
public class RateService implements Rates {
    @Inject
    FormQueriesRates queries;

    @Inject
    TenantRunner tenants;

    @Inject
    ReportingConfig config;

    @Override
    public List<Rate> of(ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        Map<KpiCode, long[]> counts = tenants.callAs(province, () -> queries.counts(province.value(), agency,
                PeriodInstants.of(period, config.zone()), period.to()));
        List<Rate> rates = new ArrayList<>();
        for (KpiCode kpi : KpiCode.values()) {
            long[] c = counts.get(kpi);
            rates.add(new Rate(kpi, c[0], c[1], RatePercent.of(c[0], c[1]).orElse(null)));
        }
        return rates;
    }
}
