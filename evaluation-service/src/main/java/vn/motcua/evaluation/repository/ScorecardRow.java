package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.evaluation.domain.Scorecard;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The last computed scorecard of a subject and period; id {@code province:kind:subject:period}. */
@Entity
@Table(name = "scorecard")
public class ScorecardRow extends ProvinceOwned {
    @Id
    public String id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(name = "period_kind", nullable = false)
    public String periodKind;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    public BigDecimal total;

    public BigDecimal max;

    public String band;

    public int dossiers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Scorecard scorecard;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    public static List<ScorecardRow> ofKind(String kind, String periodLabel) {
        return list("kind = ?1 and periodLabel = ?2", kind, periodLabel);
    }

    /** Every stored scorecard of the current province, for a rebuild's comparison. */
    public static List<ScorecardRow> all() {
        return list("order by id");
    }
}
