package vn.motcua.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.CalendarChanged.DayKind;
import vn.motcua.events.CalendarChanged.DayStatus;

/** A national day off or swapped working day (seeded by V4, with its source and status). Not tenant-owned. */
@Entity
@Table(name = "national_day")
public class NationalDay extends PanacheEntityBase {
    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public DayKind kind;

    public String name;
    public String source;

    @Enumerated(EnumType.STRING)
    public DayStatus status;

    public static Optional<NationalDay> on(LocalDate day) {
        return findByIdOptional(day);
    }

    public static List<NationalDay> all() {
        return list("order by day");
    }
}
