package vn.motcua.reporting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of a province's plan target (chỉ tiêu kế hoạch) for a KPI and a year: each change is a new row, never
 * an update, so the history of who set which figure, when and on which plan stays (table {@code plan_target}).
 */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends OfficialEntry {

    @Column(nullable = false)
    public int year;

    /** a {@code KpiCode} name */
    @Column(nullable = false)
    public String kpi;

    @Column(nullable = false, precision = 5, scale = 1)
    public BigDecimal percent;

    /** the plan's number and date, as the admin typed it */
    public String source;

    /** Every entry of the current province's year, newest first (the latest per KPI is in force). */
    public static List<PlanTarget> ofYear(int year) {
        return list("year = ?1 order by entryNo desc", year);
    }
}
