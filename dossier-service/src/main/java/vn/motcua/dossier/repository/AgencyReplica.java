package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.events.AgencyChanged;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The dossier service's copy of one agency of the province, its units and official code (catalog.organisation). */
@Entity
@Table(name = "agency_replica")
public class AgencyReplica extends ProvinceOwned {
    /** Unique within the province (the tenant column completes the table's key). */
    @Id
    public String code;

    @Column(name = "official_code", nullable = false)
    public String officialCode;

    @Column(nullable = false)
    public String name;

    public String parent;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AgencyChanged.Unit> units;

    public int revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The province's agency {@code code}, if the catalogue announced it. */
    public static Optional<AgencyReplica> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Locked until commit, so two revisions applied at once cannot both win. */
    public static Optional<AgencyReplica> lockedForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The unit {@code unitCode} of this agency, if it has one. */
    public Optional<AgencyChanged.Unit> unit(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }
}
