package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivePeriodTest {
    // the 2025 reorganisation took effect on 01/7/2025 (Resolution 202/2025/QH15): an agency merged away acts
    // to 30/6/2025 inclusive, its successor from 01/7/2025
    @ParameterizedTest(name = "[{0}, {1}] includes {2}: {3}")
    @CsvSource(nullValues = "OPEN", value = {
            "2020-01-01, 2025-06-30, 2025-06-30, true",
            "2020-01-01, 2025-06-30, 2025-07-01, false",
            "2025-07-01, OPEN,       2025-07-01, true",
            "2025-07-01, OPEN,       2025-06-30, false",
            "2025-07-01, OPEN,       2099-12-31, true",
            "2026-01-01, 2026-01-01, 2026-01-01, true"
    })
    void anAgencyActsFromItsFirstToItsLastDayBothIncluded(LocalDate from, LocalDate to, LocalDate day,
            boolean active) {
        assertThat(new ActivePeriod(from, to).includes(day)).isEqualTo(active);
    }

    @ParameterizedTest(name = "from {0} to {1} ordered: {2}")
    @CsvSource(nullValues = "OPEN", value = {
            "2025-07-01, 2025-07-01, true",
            "2025-07-01, 2025-06-30, false",
            "2025-07-01, OPEN,       true"
    })
    void anEndBeforeTheStartIsRefused(LocalDate from, LocalDate to, boolean ordered) {
        assertThat(ActivePeriod.isOrdered(from, to)).isEqualTo(ordered);
    }
}
