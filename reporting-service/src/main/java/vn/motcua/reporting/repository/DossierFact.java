package vn.motcua.reporting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * What the reports know of one accepted dossier, from its events ({@link DossierFacts} writes it; this mapping
 * reads it through the province filter). Times are instants; the dossier is open on {@code [receivedAt, endedAt)}.
 */
@Entity
@Table(name = "dossier_fact")
public class DossierFact extends ProvinceOwned {
    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "dossier_code")
    public String dossierCode;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "procedure_version")
    public Integer procedureVersion;

    /** Null until the catalogue's version is known (forms count it under {@code UNKNOWN}). */
    @Column(name = "field_code")
    public String fieldCode;

    @Column(nullable = false)
    public String agency;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The due date in force now; in force at a past instant: {@code dossier_due}. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public Timeliness timeliness;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The first of resolution, withdrawal and closing (a generated column). */
    @Column(name = "ended_at", insertable = false, updatable = false)
    public Instant endedAt;

    @Column(name = "papers_recorded")
    public int papersRecorded;

    @Column(name = "papers_digitised")
    public int papersDigitised;

    @Column(name = "papers_reused")
    public int papersReused;

    /** The time of the newest event applied to this dossier. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
