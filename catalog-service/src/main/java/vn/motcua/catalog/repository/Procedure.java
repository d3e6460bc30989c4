package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.catalog.domain.ProcedureState;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A procedure's identity in one province (its national code) and its abolition; what it says is in versions. */
@Entity
@Table(name = "procedure")
public class Procedure extends ProvinceOwned {
    @Id
    public UUID id;

    /** Mã thủ tục on the national TTHC database: opaque, kept apart from the province's local variant. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    public ProcedureStatus status;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "abolished_from")
    public LocalDate abolishedFrom;

    @Column(name = "abolition_decision_number")
    public String abolitionDecisionNumber;

    @Column(name = "abolition_decision_date")
    public LocalDate abolitionDecisionDate;

    @Column(name = "abolition_decision_issuer")
    public String abolitionDecisionIssuer;

    public static Optional<Procedure> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The province's procedures among {@code codes}, by code: one query for a chunk of an import. */
    public static Map<String, Procedure> byCodes(Collection<String> codes) {
        return Procedure.<Procedure>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(p -> p.code, p -> p));
    }

    /** The procedure, locked until the transaction ends: changes of one procedure's timeline are serialised. */
    public static Optional<Procedure> forChange(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Procedure.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static List<Procedure> allByCode() {
        return list("order by code");
    }

    public ProcedureState state() {
        if (abolishedFrom != null) {
            return ProcedureState.ABOLISHED;
        }
        return status == ProcedureStatus.PUBLISHED ? ProcedureState.PUBLISHED : ProcedureState.DRAFT;
    }
}
