package vn.motcua.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The dossier service's copy of a published procedure, learnt from catalog.procedures events. */
@Entity
@Table(name = "procedure_replica")
public class ProcedureReplica extends PanacheEntityBase {
    @Id
    public UUID id;

    @TenantId
    @Column(name = "province_code", nullable = false, updatable = false)
    public String provinceCode;

    public String code;
    public String name;
    public String agency;

    @Column(name = "prescribed_working_days")
    public int prescribedWorkingDays;

    public int version;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<ProcedureReplica> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
