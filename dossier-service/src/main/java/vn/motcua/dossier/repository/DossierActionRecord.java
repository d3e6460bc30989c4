package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A row of a dossier's action log. Never updated nor deleted (a database trigger refuses both). */
@Entity
@Table(name = "dossier_action")
public class DossierActionRecord extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    @Column(nullable = false, updatable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DossierAction action;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "due_before", updatable = false)
    public Instant dueBefore;

    @Column(name = "due_after", updatable = false)
    public Instant dueAfter;

    /** What the action says beyond this ({@link ActionFacts}), as JSON whose shape the action fixes. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String facts;

    public static void append(UUID dossierId, LoggedAction entry) {
        append(dossierId, entry, null);
    }

    /** @param idempotencyKey the caller's key for this action, kept so that a retry finds it; null: none */
    public static void append(UUID dossierId, LoggedAction entry, String idempotencyKey) {
        DossierActionRecord r = new DossierActionRecord();
        r.idempotencyKey = idempotencyKey;
        r.id = UUID.randomUUID();
        r.dossierId = dossierId;
        r.sequence = entry.sequence();
        r.action = entry.action();
        r.actor = entry.actor();
        r.occurredAt = entry.at();
        r.dueBefore = entry.dueBefore();
        r.dueAfter = entry.dueAfter();
        r.facts = ActionFactsJson.write(entry.facts());
        r.persist();
    }

    /** The dossier's log, oldest first. */
    public static List<LoggedAction> logOf(UUID dossierId) {
        return DossierActionRecord.<DossierActionRecord>list("dossierId = ?1 order by sequence", dossierId).stream()
                .map(r -> new LoggedAction(r.sequence, r.action, r.actor, r.occurredAt, r.dueBefore, r.dueAfter,
                        ActionFactsJson.read(r.action, r.facts)))
                .toList();
    }

    /** The portal's Idempotency-Key of the request that appended this entry; unique per dossier. */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** The action a caller's key already made on this dossier, if any. */
    public static java.util.Optional<DossierAction> actionUnderKey(UUID dossierId, String idempotencyKey) {
        return DossierActionRecord.<DossierActionRecord>find("dossierId = ?1 and idempotencyKey = ?2", dossierId,
                idempotencyKey).firstResultOptional().map(r -> r.action);
    }
}
