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
import vn.motcua.events.ProcedureTerms;
import vn.motcua.platform.tenant.ProvinceOwned;

/** One published version of a procedure (catalog.procedures.v1); a published version never changes. */
@Entity
@Table(name = "procedure_version_replica")
public class ProcedureVersionRow extends ProvinceOwned {
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

    @Column(name = "agency_code", nullable = false, updatable = false)
    public String agencyCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public ProcedureTerms terms;

    @Column(name = "published_at", updatable = false)
    public Instant publishedAt;

    public static boolean known(UUID procedureId, int version) {
        return count("procedureId = ?1 and version = ?2", procedureId, version) > 0;
    }

    /** Every version of the code, oldest first. */
    public static List<ProcedureVersionRow> ofCode(String code) {
        return list("code = ?1 order by effectiveFrom, version", code);
    }

    /** Every version of the current province (of one agency when not null), by code then date. */
    public static List<ProcedureVersionRow> ofAgency(String agency) {
        return agency == null ? list("order by code, effectiveFrom, version")
                : list("agencyCode = ?1 order by code, effectiveFrom, version", agency);
    }
}
