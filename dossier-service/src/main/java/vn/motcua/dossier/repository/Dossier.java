package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.events.Channel;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.CaseScope;
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

    /** The version of the procedure in force on the reception day: the dossier keeps it for good. */
    @Column(name = "procedure_version", updatable = false)
    public Integer procedureVersion;

    /** Mã trường hợp: the case of the procedure, which gave the time limit. */
    @Column(name = "case_variant", updatable = false)
    public String caseVariant;

    /** The one-stop rules of the reception day; the dossier is never re-judged under later ones. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set", nullable = false, updatable = false)
    public RuleSet ruleSet;

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

    /** Shows the state the action log amounts to; the only way the lifecycle columns change. */
    public void show(DossierState state) {
        status = state.status();
        receivedAt = state.receivedAt();
        dueAt = state.dueAt();
        resolvedAt = state.resolvedAt();
        timeliness = state.timeliness();
    }

    /** Who holds this file, for the access rules. Dossiers are not assigned to units yet. */
    public CaseScope.Holder holder() {
        return new CaseScope.Holder(new ProvinceCode(provinceCode), agency, Optional.empty(), submittedBy);
    }

    /**
     * A page of the dossiers inside {@code scope}, newest first. The province is Hibernate's tenant filter; the
     * scope narrows it further, so a list never shows what {@link CaseScope#admits} would refuse.
     */
    public static List<Dossier> pageVisibleTo(CaseScope scope, Optional<DossierStatus> status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        switch (scope) {
            case CaseScope.Province p -> {
            }
            case CaseScope.Agency a -> {
                where.append(" and agency = :agency");
                params.and("agency", a.agency());
            }
            case CaseScope.Unit u -> where.append(" and 1 = 0"); // no dossier is assigned to a unit yet
            case CaseScope.OwnSubmissions own -> {
                where.append(" and submittedBy = :submittedBy");
                params.and("submittedBy", own.submittedBy());
            }
            case CaseScope.Nothing n -> where.append(" and 1 = 0");
        }
        status.ifPresent(s -> {
            where.append(" and status = :status");
            params.and("status", s);
        });
        return find(where + " order by receivedAt desc, id", params).page(page, size).list();
    }
}
