package vn.motcua.evaluation.repository;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * One entry of an item an agency enters by hand for a period (e.g. the head's self-assessment, posting at the
 * one-stop desk). Append-only: the latest entry of an item counts, the earlier ones are its history.
 */
@Entity
@Table(name = "manual_assessment")
public class ManualAssessment extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String agency;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(nullable = false)
    public String item;

    public BigDecimal points;

    @Column(nullable = false)
    public String note;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    /** Every entry for the agency and periods, newest first. */
    public static List<ManualAssessment> history(String agency, Collection<String> periodLabels) {
        if (periodLabels.isEmpty()) {
            return List.of();
        }
        return list("agency = ?1 and periodLabel in ?2", Sort.descending("enteredAt").and("id"), agency,
                periodLabels);
    }
}
