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

/** What the reports know of one dossier, from its events. */
@Entity
@Table(name = "dossier_fact")
public class DossierFact extends ProvinceOwned {
    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(nullable = false)
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public Timeliness timeliness;

    /** The facts of reception, as both DossierReceived and DossierResolved carry them. */
    public void received(String procedureCode, String agency, Channel channel, Instant receivedAt, Instant dueAt) {
        this.procedureCode = procedureCode;
        this.agency = agency;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
    }
}
