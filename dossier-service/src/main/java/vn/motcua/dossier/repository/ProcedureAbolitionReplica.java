package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A procedure's abolition (bãi bỏ), as the catalogue announced it: no dossier from {@code effectiveFrom}. */
@Entity
@Table(name = "procedure_abolition_replica")
public class ProcedureAbolitionReplica extends ProvinceOwned {
    @Id
    @Column(name = "procedure_id")
    public UUID procedureId;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "last_version", updatable = false)
    public int lastVersion;

    @Column(name = "effective_from", updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "decision_number", updatable = false)
    public String decisionNumber;

    @Column(name = "decision_date", updatable = false)
    public LocalDate decisionDate;

    @Column(name = "decision_issuer", updatable = false)
    public String decisionIssuer;

    @Column(name = "abolished_at", updatable = false)
    public Instant abolishedAt;

    /** The abolition of the caller's province's procedure {@code code}, if any (native: ProvinceSql). */
    public static Optional<ProcedureAbolitionReplica> ofCode(String code) {
        return ProvinceSql.select("""
                select a.* from procedure_abolition_replica a
                where a.province_code = ?1 and a.code = ?2""", ProcedureAbolitionReplica.class)
                .setParameter(2, code).getResultList().stream().findFirst();
    }
}
