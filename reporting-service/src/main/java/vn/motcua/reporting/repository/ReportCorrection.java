package vn.motcua.reporting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A correction an official recorded to one figure of a form, with the reason (table {@code report_correction}).
 * Rows are only added: the computed figure is never overwritten, and an earlier correction stays as history.
 */
@Entity
@Table(name = "report_correction")
public class ReportCorrection extends OfficialEntry {
    /** the form's code in the API, {@code II.06b} */
    @Column(nullable = false)
    public String form;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    /** the agency of an agency-scoped form; {@code ""} for the province's form */
    @Column(nullable = false)
    public String agency;

    @Column(name = "row_key", nullable = false)
    public String rowKey;

    @Column(name = "column_key", nullable = false)
    public String columnKey;

    @Column(nullable = false, precision = 14, scale = 1)
    public BigDecimal corrected;

    @Column(nullable = false)
    public String reason;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    /** The corrections of a form of the current province, oldest first (the later one wins per cell). */
    public static List<ReportCorrection> of(String form, String periodLabel, String agency) {
        return list("form = ?1 and periodLabel = ?2 and agency = ?3 order by entryNo", form, periodLabel,
                agency);
    }

    public static Optional<ReportCorrection> byKey(String enteredBy, String key) {
        return find("enteredBy = ?1 and idempotencyKey = ?2", enteredBy, key).firstResultOptional();
    }
}
