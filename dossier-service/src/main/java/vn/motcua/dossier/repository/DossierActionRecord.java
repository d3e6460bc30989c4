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
        return recordsOf(dossierId).stream().map(DossierActionRecord::logged).toList();
    }

    /** The dossier's log rows in the caller's province, oldest first, with their keys (native: ProvinceSql). */
    public static List<DossierActionRecord> recordsOf(UUID dossierId) {
        return ProvinceSql.select("""
                select a.* from dossier_action a
                where a.province_code = ?1 and a.dossier_id = ?2 order by a.sequence""", DossierActionRecord.class)
                .setParameter(2, dossierId).getResultList();
    }

    /** The entry this row records. */
    public LoggedAction logged() {
        return new LoggedAction(sequence, action, actor, occurredAt, dueBefore, dueAfter,
                ActionFactsJson.read(action, facts));
    }

    /** The portal's Idempotency-Key of the request that appended this entry; unique per dossier. */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /**
     * The action a caller's key already made on the dossier whose log rows these are ({@link #recordsOf}), if
     * any: the key is among the rows an action loads anyway, so a retry costs no query of its own.
     */
    public static java.util.Optional<DossierAction> actionUnderKey(List<DossierActionRecord> log,
            String idempotencyKey) {
        return log.stream().filter(r -> idempotencyKey.equals(r.idempotencyKey)).map(r -> r.action).findFirst();
    }
}
