package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A procedure's abolition (bãi bỏ): no version is in force from {@code effectiveFrom}. */
@Entity
@Table(name = "procedure_abolition_replica")
public class ProcedureAbolitionRow extends ProvinceOwned {
    @Id
    @Column(name = "procedure_id")
    public UUID procedureId;

    @Column(nullable = false)
    public String code;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** The first day without each abolished procedure of the current province, by code. */
    public static Map<String, LocalDate> byCode() {
        return ProcedureAbolitionRow.<ProcedureAbolitionRow>listAll().stream()
                .collect(Collectors.toMap(a -> a.code, a -> a.effectiveFrom, (a, b) -> a.isBefore(b) ? a : b));
    }
}
