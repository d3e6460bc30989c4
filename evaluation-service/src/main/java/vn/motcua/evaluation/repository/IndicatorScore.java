package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The points one dossier earned on one indicator (điểm chỉ số đánh giá). */
@Entity
@Table(name = "indicator_score")
public class IndicatorScore extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    @Column(nullable = false, updatable = false)
    public int indicator;

    @Column(nullable = false)
    public int points;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    public static List<IndicatorScore> ofDossier(UUID dossierId) {
        return list("dossierId = ?1 order by indicator", dossierId);
    }

    public static boolean scored(UUID dossierId, int indicator) {
        return count("dossierId = ?1 and indicator = ?2", dossierId, indicator) > 0;
    }
}
