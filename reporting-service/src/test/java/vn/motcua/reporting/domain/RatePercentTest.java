package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numerator ÷ denominator × 100, half up to one decimal; no denominator, no rate. */
class RatePercentTest {
    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource(nullValues = "-", value = {
            // seed 000 prints "28 %" for 124 of 489: it is 25.4 %
            "124, 489, 25.4",
            "1, 8, 12.5",
            "1, 16, 6.3",
            "1, 3, 33.3",
            "2, 3, 66.7",
            "0, 5, 0.0",
            "5, 5, 100.0",
            "0, 0, -",
    })
    void percent(long numerator, long denominator, BigDecimal percent) {
        assertThat(RatePercent.of(numerator, denominator).orElse(null)).isEqualTo(percent);
    }
}
