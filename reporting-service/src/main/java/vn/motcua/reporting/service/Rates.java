package vn.motcua.reporting.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.reporting.domain.form.KpiCode;

/** The rates of {@link KpiCode} for a province or one of its agencies over a period, from the read models. */
public interface Rates {
    List<Rate> of(ProvinceCode province, Optional<String> agency, ReportingPeriod period);

    /**
     * @param percent numerator ÷ denominator × 100, half up to one decimal; null when the denominator is 0
     */
    record Rate(KpiCode kpi, long numerator, long denominator, BigDecimal percent) {
    }
}
