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

    public static Optional<CalendarReplica> current() {
        return find("from CalendarReplica").firstResultOptional();
    }

    /**
     * The revision held, without loading the snapshot: what the cache of calendars checks on every use (a
     * deadline, an intake). A typed query of a constant string, whose interpretation Hibernate keeps: Panache's
     * {@code project()} rewrote the statement on each call, and a result stream is a scroll over a cursor (issue
     * 17's profile of intake: 15 % of dossier-service's Hibernate time was here).
     */
    public static Optional<Integer> currentRevision() {
        return getEntityManager().createQuery("select r.revision from CalendarReplica r", Integer.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }
}
