package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.CalendarChanged.ReportingCutoff;

/** A new reporting cut-off day: never the past, never before the last entry, a day every month has. */
class ReportingCutoffChangeTest {
    static final LocalDate TODAY = LocalDate.parse("2026-06-10");

    /** {@code history} as {@code 2022-01-01:15 2026-10-01:5}. */
    static List<ReportingCutoff> history(String history) {
        return Arrays.stream(history.split(" ")).map(e -> e.split(":"))
                .map(e -> new ReportingCutoff(LocalDate.parse(e[0]), Integer.parseInt(e[1]))).toList();
    }

    @ParameterizedTest(name = "{0} + {1}:{2} -> {3} {4}")
    @CsvSource({
            // the national 15th (Decree 09/2019/NĐ-CP Art. 12) to Cao Bằng's 5th (seed 002), from a future date
            "2022-01-01:15, 2026-07-01, 5, APPEND, ",
            "2022-01-01:15, 2026-06-11, 1, APPEND, ",
            "2022-01-01:15, 2026-06-11, 28, APPEND, ",
            // today or the past: periods already reported do not change
            "2022-01-01:15, 2026-06-10, 5, REFUSED, validFrom",
            "2022-01-01:15, 2025-12-15, 5, REFUSED, validFrom",
            // a day every month has
            "2022-01-01:15, 2026-07-01, 0, REFUSED, day",
            "2022-01-01:15, 2026-07-01, 29, REFUSED, day",
            "2022-01-01:15, 2026-07-01, 31, REFUSED, day",
            // the day already in force says nothing
            "2022-01-01:15, 2026-07-01, 15, REFUSED, day",
            "2022-01-01:15 2026-10-01:5, 2027-01-01, 5, REFUSED, day",
            // before the last entry: that would rewrite a history already published
            "2022-01-01:15 2026-10-01:5, 2026-09-01, 10, REFUSED, validFrom",
            // the last entry, not in force yet, corrected at its own date
            "2022-01-01:15 2026-10-01:5, 2026-10-01, 10, CORRECT_LAST, ",
            "2022-01-01:15 2026-10-01:5, 2026-10-01, 15, REFUSED, day",
            // the same entry again: a retry
            "2022-01-01:15 2026-10-01:5, 2026-10-01, 5, UNCHANGED, ",
            "2022-01-01:5, 2022-01-01, 5, UNCHANGED, ",
            // the entry in force cannot be corrected
            "2022-01-01:5, 2022-01-01, 10, REFUSED, validFrom",
    })
    void decides(String history, LocalDate validFrom, int day, ReportingCutoffChange.Kind kind, String field) {
        ReportingCutoffChange.Decision decision = ReportingCutoffChange.decide(history(history), validFrom, day,
                TODAY);
        assertThat(decision.kind()).isEqualTo(kind);
        assertThat(decision.refusal() == null ? null : decision.refusal().field()).isEqualTo(field);
    }
}
