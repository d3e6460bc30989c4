package vn.motcua.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * A complaint or petition (phản ánh, kiến nghị) about an agency, a unit, a dossier or an officer, with its due date
 * and, once handled, the finding (Circular 01/2018/TT-VPCP Art. 13 indicators 7 and 8; Decision 766 indicator 5.1).
 */
@Entity
@Table(name = "feedback")
public class Feedback extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String agency;

    public String unit;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "dossier_code")
    public String dossierCode;

    public String officer;

    /** COMPLAINT or PETITION. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public boolean conduct;

    @Column(nullable = false)
    public String summary;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    /** PENDING, FOUNDED or UNFOUNDED. */
    @Column(nullable = false)
    public String finding;

    @Column(name = "handling_note")
    public String handlingNote;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    public static Optional<Feedback> byKey(String recordedBy, String key) {
        return find("recordedBy = ?1 and idempotencyKey = ?2", recordedBy, key).firstResultOptional();
    }

    /** Locked until commit, so two handlings at once cannot both pass the "not handled yet" check. */
    public static Optional<Feedback> lockedForHandling(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<Feedback> aboutDossier(UUID dossierId) {
        return list("dossierId", Sort.by("receivedAt").and("id"), dossierId);
    }

    /** Received in [from, to), or received before {@code from} and still open at it. */
    public static List<Feedback> ofAgencyInPeriod(String agency, Instant from, Instant to) {
        return list("agency = :agency and ((receivedAt >= :from and receivedAt < :to)"
                        + " or (receivedAt < :from and (handledAt is null or handledAt >= :from)))",
                Sort.by("receivedAt").and("id"),
                Parameters.with("agency", agency).and("from", from).and("to", to));
    }

    /**
     * The register as a caller may list it, newest first.
     *
     * @param agency null for every agency
     * @param unit   null for every unit
     * @param open   null for all, true for not handled yet, false for handled
     */
    public static PanacheQuery<Feedback> register(String agency, String unit, Boolean open) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (agency != null) {
            q.append(" and agency = :agency");
            p.and("agency", agency);
        }
        if (unit != null) {
            q.append(" and unit = :unit");
            p.and("unit", unit);
        }
        if (open != null) {
            q.append(open ? " and handledAt is null" : " and handledAt is not null");
        }
        return find(q.toString(), Sort.descending("receivedAt").and("id"), p);
    }
}
