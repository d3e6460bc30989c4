package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.STANDARD;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days and deadlines over the 2025 and 2026 holidays as data (domain.md §3-4). Times are Vietnam's. */
class ProvinceCalendarTest {

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            # 2025. New Year (Labour Code 2019 Art. 112 cl. 1)
            2024-12-31, true
            2025-01-01, false
            2025-01-02, true
            # Tết Ất Tỵ 25/1 - 2/2 (8726/VPCP-KGVX): Fri 24/1 works, Mon 27/1 - Fri 31/1 off, Mon 3/2 works
            2025-01-24, true
            2025-01-27, false
            2025-01-28, false
            2025-01-29, false
            2025-01-30, false
            2025-01-31, false
            2025-02-03, true
            # Tết's mùng 4 on Saturday 1/2 is a holiday on a rest day: still not a working day
            2025-02-01, false
            # Hùng Kings, Mon 7/4
            2025-04-07, false
            # 30/4 - 4/5: Sat 26/4 worked (làm bù) for Fri 2/5
            2025-04-26, true
            2025-04-25, true
            2025-04-30, false
            2025-05-01, false
            2025-05-02, false
            2025-05-05, true
            # National Day 30/8 - 2/9
            2025-09-01, false
            2025-09-02, false
            2025-09-03, true
            # 2026. New Year 1/1 - 4/1: Fri 2/1 off, worked on Sat 10/1 (12729/VPCP-KGVX)
            2026-01-01, false
            2026-01-02, false
            2026-01-05, true
            2026-01-10, true
            2026-01-11, false
            # Tết Bính Ngọ Sat 14/2 - Sun 22/2
            2026-02-13, true
            2026-02-14, false
            2026-02-16, false
            2026-02-17, false
            2026-02-18, false
            2026-02-19, false
            2026-02-20, false
            2026-02-22, false
            2026-02-23, true
            # Hùng Kings on Sunday 26/4: compensatory Mon 27/4 (Labour Code 2019 Art. 111 cl. 3)
            2026-04-26, false
            2026-04-27, false
            2026-04-28, true
            # 30/4 (Thu) - 1/5 (Fri), weekend after
            2026-04-29, true
            2026-04-30, false
            2026-05-01, false
            2026-05-04, true
            # National Day Wed 2/9 and its neighbour Tue 1/9
            2026-08-31, true
            2026-09-01, false
            2026-09-02, false
            2026-09-03, true
            """)
    void daysOffAndSwappedSaturdaysAreData(LocalDate day, boolean working) {
        assertThat(Y2025_2026.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "accepted {0}, {1} working days: due {2}")
    @CsvSource(textBlock = """
            # domain.md §3 (Civil Code Art. 147-148): Thu 12/02/2026 + 5 over Tết -> 13/02, 23, 24, 25, 26/02
            2026-02-12T10:00, 5, 2026-02-26T17:00
            # the day before Tết, 1 day: Fri 13/02 -> the first day after Tết, Mon 23/02
            2026-02-13T09:00, 1, 2026-02-23T17:00
            # across the year end: Wed 31/12/2025 + 3: 1-4/01 off -> Mon 5, Tue 6, Wed 7/01
            2025-12-31T10:00, 3, 2026-01-07T17:00
            # Thu 08/01 + 2: Fri 9, then the swapped Saturday 10/01 is a working day
            2026-01-08T10:00, 2, 2026-01-10T17:00
            # accepted on the swapped Saturday itself, before closing: day 1 is Mon 12/01
            2026-01-10T10:00, 1, 2026-01-12T17:00
            # accepted on Fri 02/01, a day off: counts from the next working day, Mon 05/01 -> 06/01
            2026-01-02T10:00, 1, 2026-01-06T17:00
            # before hours counts as that day; after hours as the next working day
            2026-02-12T06:00, 1, 2026-02-13T17:00
            2026-02-12T17:30, 1, 2026-02-23T17:00
            # Hùng Kings on Sunday 26/4: Fri 24/4 + 1 skips the compensatory Monday -> Tue 28/4
            2026-04-24T10:00, 1, 2026-04-28T17:00
            # Tết Ất Tỵ: Fri 24/01/2025 + 1 -> Mon 03/02/2025
            2025-01-24T10:00, 1, 2025-02-03T17:00
            # 30/4/2025: Fri 25/4 + 1 -> the swapped Saturday 26/4; then Mon 28, Tue 29/4; 30/4 - 4/5 off
            # -> + 4 is Mon 5/5
            2025-04-25T10:00, 1, 2025-04-26T17:00
            2025-04-25T10:00, 3, 2025-04-29T17:00
            2025-04-25T10:00, 4, 2025-05-05T17:00
            # National Day 2026: Mon 31/8 + 1 -> Thu 3/9
            2026-08-31T10:00, 1, 2026-09-03T17:00
            """)
    void deadlinesInWorkingDaysSkipHolidaysAndCountSwappedSaturdays(LocalDateTime accepted, int days,
            LocalDateTime due) {
        assertThat(BusinessCalendar.plus(at(accepted), days, Y2025_2026)).isEqualTo(at(due));
    }

    @Test
    void theOfficeHoursInForceOnADayGiveItsClosingTime() {
        OfficeHours summer = new OfficeHours(LocalDate.parse("2026-05-01"), LocalTime.of(7, 0), LocalTime.of(11, 30),
                LocalTime.of(13, 30), LocalTime.of(16, 30), LocalTime.of(15, 0));
        ProvinceCalendar calendar = new ProvinceCalendar(VN, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(),
                Set.of(), List.of(summer, STANDARD));

        assertThat(calendar.hoursOn(LocalDate.parse("2026-04-30"))).isEqualTo(STANDARD);
        assertThat(calendar.hoursOn(LocalDate.parse("2026-05-01"))).isEqualTo(summer);
        // Thu 30/04 + 1 -> Fri 01/05, under the new hours: due 16:30
        assertThat(BusinessCalendar.plus(at(LocalDateTime.parse("2026-04-30T10:00")), 1, calendar))
                .isEqualTo(at(LocalDateTime.parse("2026-05-01T16:30")));
    }

    @Test
    void aDayCannotBeBothOffAndSwapped() {
        assertThatThrownBy(() -> new ProvinceCalendar(VN, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                TestCalendars.dates("2026-01-10"), TestCalendars.dates("2026-01-10"), List.of(STANDARD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-01-10 cannot be both a day off and a swapped working day");
    }

    @Test
    void officeHoursWithTheCutOffOutsideTheAfternoonAreRefused() {
        assertThatThrownBy(() -> new OfficeHours(LocalDate.parse("2026-01-01"), LocalTime.of(7, 30),
                LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(11, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the transfer cut-off 11:00 is not within the afternoon shift");
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }
}
