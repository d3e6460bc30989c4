package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.platform.tenant.ProvinceOwned;

@Entity
@Table(name = "procedure")
public class Procedure extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    public String name;
    public String field;
    public String agency;

    @Column(name = "prescribed_working_days")
    public int prescribedWorkingDays;

    @Enumerated(EnumType.STRING)
    public ProcedureStatus status;

    public int version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<Procedure> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
