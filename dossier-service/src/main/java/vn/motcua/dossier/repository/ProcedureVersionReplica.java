package vn.motcua.dossier.repository;

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
import vn.motcua.events.ProcedureTerms;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The dossier service's copy of one published version of a procedure, learnt from catalog.procedures events. */
@Entity
@Table(name = "procedure_version_replica")
public class ProcedureVersionReplica extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "procedure_id", nullable = false, updatable = false)
    public UUID procedureId;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(name = "effective_from", nullable = false, updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to", updatable = false)
    public LocalDate effectiveTo;

    @Column(updatable = false)
    public String name;

    @Column(name = "agency_code", updatable = false)
    public String agencyCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public ProcedureTerms terms;

    @Column(name = "published_at", updatable = false)
    public Instant publishedAt;

    /** Every version of the caller's province's procedure {@code code}, oldest first (native: ProvinceSql). */
    public static List<ProcedureVersionReplica> ofCode(String code) {
        return ProvinceSql.select("""
                select v.* from procedure_version_replica v
                where v.province_code = ?1 and v.code = ?2 order by v.effective_from""", ProcedureVersionReplica.class)
                .setParameter(2, code).getResultList();
    }

    public static boolean known(UUID procedureId, int version) {
        return count("procedureId = ?1 and version = ?2", procedureId, version) > 0;
    }
}
