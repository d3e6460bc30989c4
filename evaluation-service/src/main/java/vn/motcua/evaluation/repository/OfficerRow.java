package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * An officer who handled an evaluated dossier, and in which agency and unit (a step's unit, the resolving unit;
 * none for the desk): officer scorecards list their dossiers from it, and a unit lead sees the officers who
 * handled steps in the unit.
 */
@Entity
@Table(name = "evaluation_officer")
public class OfficerRow extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false)
    public UUID dossierId;

    @Column(nullable = false)
    public String officer;

    @Column(nullable = false)
    public String role;

    public String agency;

    public String unit;

    @Column(name = "resolved_day")
    public LocalDate resolvedDay;

    public static long deleteOfDossier(UUID dossierId) {
        return delete("dossierId", dossierId);
    }

    /** Whether the officer handled a dossier of the agency (in the unit, when not null) resolved in the days. */
    public static boolean handledIn(String officer, String agency, String unit, LocalDate from, LocalDate to) {
        return unit == null
                ? count("officer = ?1 and agency = ?2 and resolvedDay >= ?3 and resolvedDay <= ?4", officer, agency,
                        from, to) > 0
                : count("officer = ?1 and agency = ?2 and unit = ?3 and resolvedDay >= ?4 and resolvedDay <= ?5",
                        officer, agency, unit, from, to) > 0;
    }

    /** The officers who handled dossiers resolved in the days, of the agency and unit when not null. */
    public static List<String> officersIn(String agency, String unit, LocalDate from, LocalDate to) {
        String q = "select distinct o.officer from OfficerRow o where o.resolvedDay >= ?1 and o.resolvedDay <= ?2";
        if (agency == null) {
            return find(q, from, to).project(String.class).list();
        }
        if (unit == null) {
            return find(q + " and o.agency = ?3", from, to, agency).project(String.class).list();
        }
        return find(q + " and o.agency = ?3 and o.unit = ?4", from, to, agency, unit).project(String.class).list();
    }
}
