package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The latest working calendar of the current province received from the catalogue, as its JSON snapshot. */
@Entity
@Table(name = "calendar_replica")
public class CalendarReplica extends ProvinceOwned {
    @Id
    public UUID id;

    public int revision;

    /** The CalendarChanged payload as received. */
    public String snapshot;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Locked until commit, so two revisions applied at once cannot both win. */
    public static Optional<CalendarReplica> lockedForUpdate() {
        return find("from CalendarReplica").withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The caller's province's calendar (native: ProvinceSql; one row per province). */
    public static Optional<CalendarReplica> current() {
        return ProvinceSql.select("select c.* from calendar_replica c where c.province_code = ?1",
                CalendarReplica.class).getResultList().stream().findFirst();
    }

    /**
     * The revision held, without loading the snapshot: what the cache of calendars checks on every use (a
     * deadline, an intake). Native (ProvinceSql): even a constant HQL string was translated again on every call
     * while the tenant filter is on (issue 17's profile of intake: 15 % of dossier-service's Hibernate time was
     * here).
     */
    public static Optional<Integer> currentRevision() {
        return ProvinceSql.value("select c.revision from calendar_replica c where c.province_code = ?1", "revision",
                Integer.class).getResultList().stream().findFirst();
    }
}
