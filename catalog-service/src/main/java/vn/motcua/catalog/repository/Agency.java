package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** Cơ quan: a Sở or a Chi cục of one province. */
@Entity
@Table(name = "agency")
public class Agency extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "official_code")
    public String officialCode;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Agency parent;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    public int revision;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Agency> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The agency, locked until the transaction ends: changes to one agency, its units and fields are made one
     * after the other, so each gets the next revision and their events leave in that order.
     */
    public static Optional<Agency> byCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Agency> byOfficialCode(String officialCode) {
        return find("officialCode", officialCode).firstResultOptional();
    }

    public static List<Agency> all() {
        return list("order by code");
    }

    public String parentCode() {
        return parent == null ? null : parent.code;
    }
}
