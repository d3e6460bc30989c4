package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The last calendar published for the province: its revision and a hash of its content. */
@Entity
@Table(name = "calendar_publication")
public class CalendarPublication extends ProvinceOwned {
    @Id
    public UUID id;

    public int revision;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Locked until commit, so two changes of one province get two revisions, never the same one twice. */
    public static Optional<CalendarPublication> lockedForUpdate() {
        return find("from CalendarPublication").withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
