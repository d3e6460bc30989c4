package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.Fee;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;
import vn.motcua.events.ProcedureTerms.ProcessStep;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * One version of a procedure: a draft being written, or what one decision published. The database refuses any
 * change to a published version but closing it once ({@code effective_to}), and any overlap of published ones.
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "procedure_id", nullable = false, updatable = false)
    public UUID procedureId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    public ProcedureStatus status;

    @Column(name = "local_code")
    public String localCode;

    public String name;

    @Column(name = "field_code")
    public String fieldCode;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_level")
    public IssuingLevel issuingLevel;

    @Enumerated(EnumType.STRING)
    public Mechanism mechanism;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_agencies")
    public List<String> cooperatingAgencies;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_mode")
    public OnlineMode onlineMode;

    @Column(name = "postal_receipt")
    public boolean postalReceipt;

    @Column(name = "postal_return")
    public boolean postalReturn;

    @Column(name = "four_on_the_spot")
    public boolean fourOnTheSpot;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Fee> fees;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_papers")
    public List<String> requiredPapers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "case_variants")
    public List<CaseVariant> caseVariants;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProcessStep> steps;

    /** The publishing decision; null while a draft (Hibernate reads all-null columns as null). */
    @Embedded
    public DecisionColumns decision;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Every version of a procedure, oldest first. */
    public static List<ProcedureVersion> of(UUID procedureId) {
        return list("procedureId = ?1 order by version", procedureId);
    }

    public static Optional<ProcedureVersion> of(UUID procedureId, int version) {
        return find("procedureId = ?1 and version = ?2", procedureId, version).firstResultOptional();
    }

    public boolean published() {
        return status == ProcedureStatus.PUBLISHED;
    }

    public boolean inForceOn(LocalDate day) {
        return published() && !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    public ProcedureTerms.Decision decision() {
        return decision == null ? null : decision.toDecision();
    }

    /** What this published version says, as the published language carries it. */
    public ProcedureTerms terms() {
        return new ProcedureTerms(version, effectiveFrom, effectiveTo, localCode, name, fieldCode, agencyCode,
                issuingLevel, mechanism, cooperatingAgencies, onlineMode, postalReceipt, postalReturn, fourOnTheSpot,
                fees, requiredPapers, caseVariants, steps, decision());
    }
}
