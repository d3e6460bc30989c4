package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate as the plans state them: numerator ÷ denominator × 100, rounded half up to one decimal (124 / 489 is
 * 25.4 %, never "28 %"); no denominator, no rate ("không có dữ liệu"), never 0 % nor 100 %.
 */
public final class RatePercent {
    private RatePercent() {
    }

    public static Optional<BigDecimal> of(long numerator, long denominator) {
        if (denominator <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }
}
