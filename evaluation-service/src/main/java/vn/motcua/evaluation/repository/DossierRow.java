package vn.motcua.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * What dossier-service's events told about one dossier (the projection behind {@link DossierFacts}). Written by
 * the consumer only; the events of one dossier arrive in order (one partition per key).
 */
@Entity
@Table(name = "dossier_projection")
public class DossierRow extends ProvinceOwned {
    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "dossier_code")
    public String dossierCode;

    public String agency;

    @Column(name = "procedure_code")
    public String procedureCode;

    @Column(name = "procedure_version")
    public Integer procedureVersion;

    public String channel;

    @Column(name = "rule_set")
    public String ruleSet;

    public boolean imported;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "original_due_at")
    public Instant originalDueAt;

    @Column(name = "reception_requests")
    public int receptionRequests;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DossierFacts.Supplement> supplements = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public DossierFacts.Extension extension;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DossierFacts.Step> steps = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public DossierFacts.Resolution resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DossierFacts.Paper> papers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DossierFacts.Payment> payments = new ArrayList<>();

    public static Optional<DossierRow> byCode(String code) {
        return find("dossierCode", code).firstResultOptional();
    }

    /** Accepted dossiers of the procedure: a version arriving after them changes their indicator 6. */
    public static List<UUID> acceptedOfProcedure(String code) {
        return find("select d.dossierId from DossierRow d where d.procedureCode = ?1 and d.receivedAt is not null",
                code).project(UUID.class).list();
    }

    /** Every dossier of the current province (a rebuild's final pass). */
    public static List<UUID> allIds() {
        return find("select d.dossierId from DossierRow d").project(UUID.class).list();
    }

    /**
     * Dossiers of the agency (every agency when null) submitted, received or resolved in {@code [from, to)}: the
     * counts of a period are taken from these. Read-only: a year's scorecard reads thousands of them, and Hibernate
     * would otherwise keep a copy of each and compare every JSON column with it when the transaction commits.
     */
    public static List<DossierRow> touching(String agency, Instant from, Instant to) {
        String when = "((d.receivedAt >= ?1 and d.receivedAt < ?2) or (d.resolvedAt >= ?1 and d.resolvedAt < ?2)"
                + " or (d.submittedAt >= ?1 and d.submittedAt < ?2))";
        PanacheQuery<DossierRow> rows = agency == null ? find("from DossierRow d where " + when, from, to)
                : find("from DossierRow d where " + when + " and d.agency = ?3", from, to, agency);
        return rows.withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
