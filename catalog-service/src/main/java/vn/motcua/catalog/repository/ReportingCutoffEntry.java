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

/** The day the province cuts its reporting periods on, from {@code validFrom} until the next entry. */
@Entity
@Table(name = "reporting_cutoff")
public class ReportingCutoffEntry extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    public short day;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    public static List<ReportingCutoffEntry> history() {
        return list("order by validFrom");
    }

    public static Optional<ReportingCutoffEntry> from(LocalDate validFrom) {
        return find("validFrom", validFrom).firstResultOptional();
    }
}
