package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quarter a day falls in and a quarter's days when the province cuts on its own day (Decree 09/2019/NĐ-CP Art.
 * 12: the 15th of the month before the quarter to the 14th of its last month; Cao Bằng the 5th): what the tests ask
 * the reporting service for.
 */
class ReportsTest {
    @ParameterizedTest
    @CsvSource({
            "2026-12-05, 15, 2026-Q4, 2026-09-15, 2026-12-14",
            "2026-12-14, 15, 2026-Q4, 2026-09-15, 2026-12-14",
            "2026-12-15, 15, 2027-Q1, 2026-12-15, 2027-03-14",
            "2026-12-05, 5, 2027-Q1, 2026-12-05, 2027-03-04",
            "2026-12-04, 5, 2026-Q4, 2026-09-05, 2026-12-04",
            "2025-10-01, 5, 2025-Q4, 2025-09-05, 2025-12-04",
            "2026-03-14, 15, 2026-Q1, 2025-12-15, 2026-03-14"})
    void aDayFallsInTheQuarterItsProvinceCutsAroundIt(LocalDate day, int cutoff, String label, LocalDate from,
            LocalDate to) {
        assertThat(Reports.quarterLabel(day, cutoff)).isEqualTo(label);
        assertThat(Reports.quarterRange(label, cutoff)).containsExactly(from, to);
    }
}
