package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The dossier service's copy of a published procedure, learnt from catalog.procedures events. */
@Entity
@Table(name = "procedure_replica")
public class ProcedureReplica extends ProvinceOwned {
    @Id
    public UUID id;

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
