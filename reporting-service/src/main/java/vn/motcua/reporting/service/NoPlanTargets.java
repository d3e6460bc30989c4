package vn.motcua.reporting.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import vn.motcua.events.ProvinceCode;
import vn.motcua.reporting.domain.form.KpiCode;

/** Stand-in until the targets service is merged: no plan target. */
@DefaultBean
@ApplicationScoped
public class NoPlanTargets implements PlanTargets {
    @Override
    public Map<KpiCode, BigDecimal> inForce(ProvinceCode province, int year) {
        return Map.of();
    }
}
