package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.PaymentMethod;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A fee paid for a dossier, as its receipt (biên lai) says; the PAY entry of the action log is the record. */
@Entity
@Table(name = "dossier_payment")
public class DossierPayment extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    /** In đồng. */
    @Column(nullable = false, updatable = false)
    public long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PaymentMethod method;

    @Column(nullable = false, updatable = false)
    public boolean online;

    @Column(name = "receipt_reference", nullable = false, updatable = false)
    public String receiptReference;

    @Column(name = "paid_at", nullable = false, updatable = false)
    public Instant paidAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    public static Optional<DossierPayment> byReceipt(UUID dossierId, String receiptReference) {
        return find("dossierId = ?1 and receiptReference = ?2", dossierId, receiptReference).firstResultOptional();
    }

    /** The dossier's payments in the order they were made. */
    public static List<DossierPayment> of(UUID dossierId) {
        return list("dossierId = ?1 order by paidAt, recordedAt", dossierId);
    }

    /** What the dossier's payments add up to, in đồng. */
    public static long totalOf(UUID dossierId) {
        return of(dossierId).stream().mapToLong(p -> p.amount).sum();
    }
}
