package vn.motcua.reporting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * A row an official entered (a plan target, a correction): only ever added, never updated, with who entered it and
 * when, so the history stays; the latest entry is the one in force.
 */
@MappedSuperclass
public abstract class OfficialEntry extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    /** the order of the entries (the database numbers them), which the entry times may tie on */
    @Column(name = "entry_no", insertable = false, updatable = false)
    public Long entryNo;
}
