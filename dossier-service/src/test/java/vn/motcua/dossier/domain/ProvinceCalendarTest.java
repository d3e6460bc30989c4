package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines over holidays and swapped days given as data (domain.md §3-4). Times in UTC; Vietnam is UTC+7. */
class ProvinceCalendarTest {
    /**
     * 2026 as the decisions give it [3rd-party sources in domain.md §4]: New Year 1/1 – 4/1 with Fri 2/1 worked on
     * Sat 10/1; Tết Sat 14/2 – Sun 22/2.
     */
    static final ProvinceCalendar Y2026 = new ProvinceCalendar(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            Stream.concat(days("2026-01-01", "2026-01-04"), days("2026-02-14", "2026-02-22"))
                    .collect(Collectors.toSet()),
            Set.of(LocalDate.parse("2026-01-10")));

    @ParameterizedTest(name = "accepted {0}, {1} working days: due {2}")
    @CsvSource(textBlock = """
            # domain.md §3 (Civil Code Art. 147-148): Thu 12/02 + 5 over Tết -> 13/02, 23, 24, 25, 26/02
            2026-02-12T03:00:00Z, 5, 2026-02-26T10:00:00Z
            # Wed 31/12/2025 + 3: 1-4/01 off (New Year, weekend) -> Mon 5, Tue 6, Wed 7/01
            2025-12-31T03:00:00Z, 3, 2026-01-07T10:00:00Z
            # Thu 08/01 + 2: Fri 9, then the swapped Saturday 10/01 is a working day
            2026-01-08T03:00:00Z, 2, 2026-01-10T10:00:00Z
            # accepted on the swapped Saturday itself, before closing: day 1 is Mon 12/01
            2026-01-10T03:00:00Z, 1, 2026-01-12T10:00:00Z
            # accepted on Fri 02/01, a day off: counts from the next working day, Mon 05/01 -> 06/01
            2026-01-02T03:00:00Z, 1, 2026-01-06T10:00:00Z
            """)
    void holidaysAreSkippedAndSwappedSaturdaysCount(Instant acceptedAt, int days, Instant due) {
        assertThat(DeadlineClock.startAt(acceptedAt, days).dueAt(Y2026)).isEqualTo(due);
    }

    @Test
    void aDayCannotBeBothOffAndSwapped() {
        assertThatThrownBy(() -> new ProvinceCalendar(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.parse("2026-01-10")),
                Set.of(LocalDate.parse("2026-01-10"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-01-10 cannot be both a day off and a swapped working day");
    }

    private static Stream<LocalDate> days(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1));
    }
}
