package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms;

class DeadlineClockTest {
    static final WorkingCalendar WEEKDAYS = TestCalendars.WEEKDAYS;

    /** Times in UTC; Vietnam is UTC+7, so 03:00Z is 10:00 at the desk and 10:00Z is 17:00, closing time. */
    @ParameterizedTest(name = "accepted {0}, {1} working days: due {2}")
    @CsvSource(textBlock = """
            # Civil Code Art. 147 cl. 2: day 1 is the day after acceptance (Thu 12/02) -> Fri 13, Mon 16 .. Thu 19
            2026-02-12T03:00:00Z, 5, 2026-02-19T10:00:00Z
            # accepted after closing time on Fri 13/02: counts from Mon 16/02 -> 17, 18, 19, 20, 23
            2026-02-13T11:00:00Z, 5, 2026-02-23T10:00:00Z
            # accepted on Sunday 15/02: the same
            2026-02-15T03:00:00Z, 5, 2026-02-23T10:00:00Z
            # on the spot (0 days): by the close of the day of acceptance
            2026-02-12T03:00:00Z, 0, 2026-02-12T10:00:00Z
            """)
    void theClockStartsAtAcceptanceAndCountsWorkingDays(Instant acceptedAt, int days, Instant due) {
        assertThat(DeadlineClock.startAt(acceptedAt, days).dueAt(WEEKDAYS)).isEqualTo(due);
    }

    /** Civil Code Art. 147 cl. 1: a limit in hours runs from the instant, here inside the office hours only. */
    @ParameterizedTest(name = "accepted {0}, {1} working hours: due {2}")
    @CsvSource(textBlock = """
            # Thu 12/02/2026 10:00: 1.5 h before lunch, 3.5 h after, then 3 h on Fri 13/02 -> 10:30
            2026-02-12T03:00:00Z, 8, 2026-02-13T03:30:00Z
            # Fri 13/02 16:00: 1 h that day, Tết 14-22/02 off, Mon 23/02 07:30-11:30 and 13:30-16:30
            2026-02-13T09:00:00Z, 8, 2026-02-23T09:30:00Z
            # accepted at lunch (12:00): the clock waits for the afternoon shift, 2 h -> 15:30
            2026-02-12T05:00:00Z, 2, 2026-02-12T08:30:00Z
            """)
    void aLimitInWorkingHoursCountsOnlyOfficeHoursOfTheProvince(Instant acceptedAt, int hours, Instant due) {
        DeadlineClock clock = DeadlineClock.startAt(acceptedAt,
                new ProcedureTerms.TimeLimit(hours, ProcedureTerms.TimeUnit.WORKING_HOURS));

        assertThat(clock.dueAt(TestCalendars.Y2025_2026)).isEqualTo(due);
    }

    @Test
    void aRestartAfterASupplementCountsTheFullTimeAgainFromTheRestart() {
        // Decree 118/2025 Art. 19 cl. 5: accepted Thu 12/02, complete again Mon 02/03 09:00 -> 03, 04, 05, 06, 09
        DeadlineClock clock = DeadlineClock.startAt(Instant.parse("2026-02-12T03:00:00Z"), 5)
                .restartAt(Instant.parse("2026-03-02T02:00:00Z"));

        assertThat(clock.dueAt(WEEKDAYS)).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(clock.starts()).hasSize(2);
    }

    @Test
    void aRestartCannotPrecedeTheStartAndDaysCannotBeNegative() {
        DeadlineClock clock = DeadlineClock.startAt(Instant.parse("2026-02-12T03:00:00Z"), 5);
        assertThatThrownBy(() -> clock.restartAt(Instant.parse("2026-02-11T03:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineClock.startAt(Instant.parse("2026-02-12T03:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
