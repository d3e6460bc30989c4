package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;
import vn.motcua.platform.tenant.ProvinceOwned;

@Entity
@Table(name = "dossier")
public class Dossier extends ProvinceOwned {
    @Id
    public UUID id;

    /** Mã hồ sơ printed on the receipt. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    public String procedureCode;

    @Column(nullable = false, updatable = false)
    public String agency;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "applicant_name")
    public String applicantName;

    /** Số định danh cá nhân / CCCD: personal data, never logged. */
    @Column(name = "applicant_id_number")
    public String applicantIdNumber;

    @Column(name = "applicant_phone")
    public String applicantPhone;

    @Enumerated(EnumType.STRING)
    public DossierStatus status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public Timeliness timeliness;

    @Column(name = "submitted_by", updatable = false)
    public String submittedBy;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** SHA-256 of the submitted request, to tell a retry from a different dossier under the same key. */
    @Column(name = "request_hash", updatable = false)
    public String requestHash;

    @Version
    public long revision;

    public static Optional<Dossier> bySubmission(String submittedBy, String idempotencyKey) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", submittedBy, idempotencyKey).firstResultOptional();
    }
}
