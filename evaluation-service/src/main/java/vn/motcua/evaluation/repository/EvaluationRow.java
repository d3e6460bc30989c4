package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.evaluation.domain.DossierEvaluation;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The stored evaluation of one accepted dossier: PENDING until resolved, then EVALUATED (its revision). */
@Entity
@Table(name = "dossier_evaluation")
public class EvaluationRow extends ProvinceOwned {
    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "dossier_code")
    public String dossierCode;

    public String agency;

    public String unit;

    @Column(name = "rule_set", nullable = false)
    public String ruleSet;

    @Column(nullable = false)
    public String policy;

    @Column(nullable = false)
    public String status;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_day")
    public LocalDate resolvedDay;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public DossierEvaluation evaluation;

    @Column(name = "total_points")
    public int totalPoints;

    @Column(name = "max_points")
    public int maxPoints;

    public int revision;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    public boolean evaluated() {
        return "EVALUATED".equals(status);
    }

    /** Evaluated dossiers resolved in {@code [from, to]}; of one agency and unit when not null. */
    public static List<EvaluationRow> resolvedIn(String agency, String unit, LocalDate from, LocalDate to) {
        String q = "status = 'EVALUATED' and resolvedDay >= ?1 and resolvedDay <= ?2";
        if (agency == null) {
            return list(q + " order by resolvedAt, dossierId", from, to);
        }
        if (unit == null) {
            return list(q + " and agency = ?3 order by resolvedAt, dossierId", from, to, agency);
        }
        return list(q + " and agency = ?3 and unit = ?4 order by resolvedAt, dossierId", from, to, agency, unit);
    }

    /** Evaluated dossiers the officer handled, resolved in {@code [from, to]}. */
    public static List<EvaluationRow> ofOfficer(String officer, LocalDate from, LocalDate to) {
        return list("status = 'EVALUATED' and resolvedDay >= ?1 and resolvedDay <= ?2 and dossierId in"
                + " (select o.dossierId from OfficerRow o where o.officer = ?3) order by resolvedAt, dossierId",
                from, to, officer);
    }

    /** The agencies with evaluated dossiers resolved in the days. */
    public static List<String> agenciesIn(LocalDate from, LocalDate to) {
        return find("select distinct e.agency from EvaluationRow e where e.status = 'EVALUATED'"
                + " and e.agency is not null and e.resolvedDay >= ?1 and e.resolvedDay <= ?2", from, to)
                .project(String.class).list();
    }

    /** The {@code AGENCY/UNIT} of the units with evaluated dossiers resolved in the days (of one agency if named). */
    public static List<String> unitsIn(String agency, LocalDate from, LocalDate to) {
        String q = "select distinct concat(e.agency, '/', e.unit) from EvaluationRow e where e.status = 'EVALUATED'"
                + " and e.agency is not null and e.unit is not null and e.resolvedDay >= ?1 and e.resolvedDay <= ?2";
        return agency == null ? find(q, from, to).project(String.class).list()
                : find(q + " and e.agency = ?3", from, to, agency).project(String.class).list();
    }
}
