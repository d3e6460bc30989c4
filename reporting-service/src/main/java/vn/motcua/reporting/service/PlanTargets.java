package vn.motcua.reporting.service;

import java.math.BigDecimal;
import java.util.Map;
import vn.motcua.events.ProvinceCode;
import vn.motcua.reporting.domain.form.KpiCode;

/** The province's plan targets of a year in force (table {@code plan_target}, the latest entry per KPI). */
public interface PlanTargets {
    /** Percent per KPI; a KPI without a target is absent. */
    Map<KpiCode, BigDecimal> inForce(ProvinceCode province, int year);
}
