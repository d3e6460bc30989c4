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
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.events.ReturnMethod;
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

    /** Mã hồ sơ printed on the receipt; given at acceptance, null before (Decree 118/2025 Art. 17 cl. 3). */
    @Column
    public String code;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    public String procedureCode;

    /** The version of the procedure in force on the acceptance day: pinned then, kept for good. */
    @Column(name = "procedure_version")
    public Integer procedureVersion;

    /** Mã trường hợp: the case of the procedure, which gave the time limit. */
    @Column(name = "case_variant")
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

    /** When the system or the desk first had it. */
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** Acceptance (tiếp nhận): the time limit runs from here; null before. */
    @Column(name = "received_at")
    public Instant receivedAt;

    /** The appointed date of the receipt, before any restart or apology. */
    @Column(name = "original_due_at")
    public Instant originalDueAt;

    /** The appointed date now. */
    @Column(name = "due_at")
    public Instant dueAt;

    /** The case variant's time limit, kept at acceptance for the restart after a supplement. */
    @Column(name = "time_limit_value")
    public Integer timeLimitValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_limit_unit")
    public TimeUnit timeLimitUnit;

    @Column(name = "supplement_requests", nullable = false)
    public int supplementRequests;

    /** The open supplement request, if any. */
    @Column(name = "supplement_requested_at")
    public Instant supplementRequestedAt;

    /** Time the applicant took over supplements, in total (Decision 766 subtracts it). */
    @Column(name = "supplement_seconds", nullable = false)
    public long supplementSeconds;

    @Column(nullable = false)
    public boolean extended;

    @Column(name = "step_number")
    public Integer stepNumber;

    /** The agency holding it now: the competent one, or a co-operating one of a liên thông procedure. */
    @Column(name = "current_agency")
    public String currentAgency;

    @Column(name = "current_unit")
    public String currentUnit;

    @Column(name = "current_officer")
    public String currentOfficer;

    @Column(name = "step_due_at")
    public Instant stepDueAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    public Timeliness timeliness;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_method")
    public ReturnMethod returnMethod;

    /** Refused at reception, withdrawn or closed. */
    @Column(name = "ended_at")
    public Instant endedAt;

    /** SHA-256 of the receipt's lookup secret (LookupSecret); the secret itself is never stored. */
    @Column(name = "lookup_secret_hash")
    public String lookupSecretHash;

    /** Came from the province's previous system (migration import). */
    @Column(nullable = false, updatable = false)
    public boolean imported;

    @Column(name = "submitted_by", updatable = false)
    public String submittedBy;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** SHA-256 of the submitted request, to tell a retry from a different dossier under the same key. */
    @Column(name = "request_hash", updatable = false)
    public String requestHash;

    @Version
    public long revision;

    /** The dossier a caller submitted under its Idempotency-Key, in the caller's province (native: ProvinceSql). */
    public static Optional<Dossier> bySubmission(String submittedBy, String idempotencyKey) {
        return ProvinceSql.select("""
                select d.* from dossier d
                where d.province_code = ?1 and d.submitted_by = ?2 and d.idempotency_key = ?3""", Dossier.class)
                .setParameter(2, submittedBy).setParameter(3, idempotencyKey).getResultList().stream().findFirst();
    }

    /**
     * The dossier {@code id} if it is of the caller's province: what {@code findByIdOptional} answers, in a native
     * statement whose plan Hibernate keeps (ProvinceSql).
     */
    public static Optional<Dossier> ofProvince(UUID id) {
        return ProvinceSql.select("select d.* from dossier d where d.province_code = ?1 and d.id = ?2", Dossier.class)
                .setParameter(2, id).getResultList().stream().findFirst();
    }

    /** Shows the state the action log amounts to; the only way the lifecycle columns change. */
    public void show(DossierState state) {
        status = state.status();
        submittedAt = state.submittedAt();
        receivedAt = state.receivedAt();
        originalDueAt = state.originalDueAt();
        dueAt = state.dueAt();
        supplementRequests = state.supplements().size();
        supplementRequestedAt = state.openSupplement().map(DossierState.SupplementRound::requestedAt).orElse(null);
        supplementSeconds = state.supplementTime().toSeconds();
        extended = state.extension() != null;
        DossierState.Step step = state.step();
        stepNumber = step == null ? null : step.number();
        currentAgency = step == null ? agency : step.agency();
        currentUnit = step == null ? null : step.unit();
        currentOfficer = step == null ? null : step.officer();
        stepDueAt = step == null ? null : step.dueAt();
        resolvedAt = state.resolvedAt();
        outcome = state.resolution() == null ? null : state.resolution().outcome();
        timeliness = state.timeliness();
        returnedAt = state.returnedAt();
        returnMethod = state.returnMethod();
        endedAt = state.endedAt();
    }

    /** Who holds this file, for the access rules: its competent agency and the unit of its current step. */
    public CaseScope.Holder holder() {
        return new CaseScope.Holder(new ProvinceCode(provinceCode), agency, Optional.ofNullable(currentUnit),
                submittedBy);
    }

    /**
     * A page of the dossiers inside {@code scope}, newest first. The province is Hibernate's tenant filter; the
     * scope narrows it further, so a list never shows what {@link CaseScope#admits} would refuse.
     */
    public static List<Dossier> pageVisibleTo(CaseScope scope, Optional<DossierStatus> status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        narrow(scope, where, params);
        status.ifPresent(s -> {
            where.append(" and status = :status");
            params.and("status", s);
        });
        return find(where + " order by submittedAt desc, id", params).page(page, size).list();
    }

    /** Công dân or tổ chức: says which rule checks {@link #applicantIdNumber} (issue 13). */
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    public ApplicantKind applicantKind = ApplicantKind.CITIZEN;

    @Column(name = "applicant_email")
    public String applicantEmail;

    @Column(name = "applicant_address")
    public String applicantAddress;

    /**
     * Submitted and not yet accepted (Decree 118/2025 Art. 17 cl. 2), inside {@code scope}, submitted at or before
     * {@code submittedBy}, oldest first: the order in which the desk's 8 working hours run out.
     */
    public static List<Dossier> pageAwaitingAcceptance(CaseScope scope, Instant submittedBy, int page, int size) {
        StringBuilder where = new StringBuilder("status = :status and submittedAt <= :submittedUntil");
        Parameters params = Parameters.with("status", DossierStatus.SUBMITTED).and("submittedUntil", submittedBy);
        narrow(scope, where, params); // a unit holds no dossier before its hand-over
        return find(where + " order by submittedAt, id", params).page(page, size).list();
    }

    /** Narrows a query to what {@link CaseScope#admits}: the one translation of a scope into a where clause. */
    private static void narrow(CaseScope scope, StringBuilder where, Parameters params) {
        switch (scope) {
            case CaseScope.Province p -> {
            }
            case CaseScope.Agency a -> {
                where.append(" and agency = :agency");
                params.and("agency", a.agency());
            }
            case CaseScope.Unit u -> {
                where.append(" and agency = :agency and currentUnit = :unit");
                params.and("agency", u.agency()).and("unit", u.unit());
            }
            case CaseScope.OwnSubmissions own -> {
                where.append(" and submittedBy = :submittedBy");
                params.and("submittedBy", own.submittedBy());
            }
            case CaseScope.Nothing n -> where.append(" and 1 = 0");
        }
    }
}
