package vn.motcua.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.motcua.events.ProvinceCode;
import vn.motcua.reporting.domain.form.FormCode;

/**
 * Corrections officials recorded to figures of a form (table {@code report_correction}); the latest per cell is in
 * force. The form service applies them; nothing computed is overwritten.
 */
public interface Corrections {
    /**
     * @param agency the agency of an agency-scoped form, or {@code ""} for the province's form
     */
    List<Correction> inForce(ProvinceCode province, FormCode form, String periodLabel, String agency);

    record Correction(String rowKey, String columnKey, BigDecimal corrected, String reason, String enteredBy,
            Instant enteredAt) {
    }
}
