package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** The province's office hours from {@code validFrom} until the next entry (giờ làm việc). */
@Entity
@Table(name = "office_hours")
public class OfficeHoursEntry extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "morning_start")
    public LocalTime morningStart;

    @Column(name = "morning_end")
    public LocalTime morningEnd;

    @Column(name = "afternoon_start")
    public LocalTime afternoonStart;

    @Column(name = "afternoon_end")
    public LocalTime afternoonEnd;

    @Column(name = "transfer_cut_off")
    public LocalTime transferCutOff;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    public static List<OfficeHoursEntry> history() {
        return list("order by validFrom");
    }

    public static Optional<OfficeHoursEntry> from(LocalDate validFrom) {
        return find("validFrom", validFrom).firstResultOptional();
    }
}
