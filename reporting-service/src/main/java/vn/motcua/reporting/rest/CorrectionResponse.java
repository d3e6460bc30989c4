package vn.motcua.reporting.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.reporting.service.CorrectionService;

/** A recorded correction: the figure it sets, why, who and when (the computed figure is in the form). */
public record CorrectionResponse(UUID id, String province, String form, String period, String agency, String row,
        String column, BigDecimal corrected, String reason, String enteredBy, Instant enteredAt) {
    static CorrectionResponse of(CorrectionService.CorrectionView c) {
        return new CorrectionResponse(c.id(), c.province().value(), c.form(), c.period(), c.agency(), c.row(),
                c.column(), c.corrected(), c.reason(), c.enteredBy(), c.enteredAt());
    }
}
