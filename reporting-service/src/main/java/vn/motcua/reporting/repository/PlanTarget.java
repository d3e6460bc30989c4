package vn.motcua.reporting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * One entry of a province's plan target (chỉ tiêu kế hoạch) for a KPI and a year: each change is a new row, never
 * an update, so the history of who set which figure, when and on which plan stays (table {@code plan_target}).
 */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    /** a {@code KpiCode} name */
    @Column(nullable = false)
    public String kpi;

    @Column(nullable = false, precision = 5, scale = 1)
    public BigDecimal percent;

    /** the plan's number and date, as the admin typed it */
    public String source;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    /** the order of the entries (the database numbers them), which the entry times may tie on */
    @Column(name = "entry_no", insertable = false, updatable = false)
    public Long entryNo;

    /** Every entry of the current province's year, newest first (the latest per KPI is in force). */
    public static List<PlanTarget> ofYear(int year) {
        return list("year = ?1 order by entryNo desc", year);
    }
}
