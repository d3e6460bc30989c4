package vn.motcua.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendPeriodsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            2026-Q2,                2026-Q1
            2026-Q1,                2025-Q4
            2026-H2,                2026-H1
            2026-H1,                2025-H2
            2026-05,                2026-04
            2026-01,                2025-12
            2026,                   2025
            2000,                   none
            2000-Q1,                none
            2026-03-01..2026-05-31, none
            """)
    void thePeriodBeforeIsOfTheSameKind(String label, String previous) {
        assertThat(TrendPeriods.previous(label)).isEqualTo(previous);
    }

    @Test
    void aTrendEndsWithThePeriodOldestFirst() {
        assertThat(TrendPeriods.endingWith("2026-Q2", 3)).isEqualTo(List.of("2025-Q4", "2026-Q1", "2026-Q2"));
        assertThat(TrendPeriods.endingWith("2026-03-01..2026-05-31", 8)).isEqualTo(List.of("2026-03-01..2026-05-31"));
    }
}
