package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A day off the province decided for itself (ngày nghỉ của địa phương). */
@Entity
@Table(name = "local_day_off")
public class LocalDayOff extends ProvinceOwned {
    @Id
    public UUID id;

    public LocalDate day;
    public String name;
    public String source;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    public static Optional<LocalDayOff> on(LocalDate day) {
        return find("day", day).firstResultOptional();
    }

    public static List<LocalDayOff> all() {
        return list("order by day");
    }
}
