package vn.motcua.reporting.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.motcua.reporting.service.TargetService;

/**
 * @param targets in force, one per KPI with a target
 * @param history every entry of the year, newest first
 */
public record TargetsResponse(String province, int year, List<Target> targets, List<Target> history) {
    public record Target(String kpi, BigDecimal percent, String source, String enteredBy, Instant enteredAt) {
        static Target of(TargetService.Entry e) {
            return new Target(e.kpi().name(), e.percent(), e.source(), e.enteredBy(), e.enteredAt());
        }
    }

    static TargetsResponse of(TargetService.TargetsView view) {
        return new TargetsResponse(view.province().value(), view.year(),
                view.inForce().stream().map(Target::of).toList(), view.history().stream().map(Target::of).toList());
    }
}
