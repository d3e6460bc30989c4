package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index of working days is a speed-up only: it gives the answers of a walk over the days. The 2025-2026
 * calendar is indexed from 01/01/2024 to 31/12/2028; before and after, the calendar walks.
 */
class WorkingDayIndexTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # Thu 12/02/2026 + 5: Fri 13, (Tết 14-22/02) Mon 23, Tue 24, Wed 25, Thu 26
            2026-02-12, 5, 2026-02-26
            # from a day off (Sun 15/02/2026): the first working day after it is day 1, Mon 23/02
            2026-02-15, 1, 2026-02-23
            2026-02-15, 0, 2026-02-15
            # Fri 09/01/2026 + 1: the swapped Saturday 10/01
            2026-01-09, 1, 2026-01-10
            # the span's first indexed day and the day before it (walked)
            2024-01-01, 1, 2024-01-02
            2023-12-29, 1, 2024-01-01
            # leaving the span at its end (Fri 29/12/2028 + 2: Mon 01/01/2029, Tue 02/01/2029; no holiday known there)
            2028-12-29, 2, 2029-01-02
            2030-06-14, 1, 2030-06-17
            """)
    void nWorkingDaysAfterADay(LocalDate day, int n, LocalDate expected) {
        assertThat(Y2025_2026.workingDaysAfter(day, n)).isEqualTo(expected);
    }

    @Test
    void theIndexAnswersAsAWalkOverTheSetsOnEveryDayAndUpTo70Days() {
        for (LocalDate day = LocalDate.parse("2023-06-01"); day.isBefore(LocalDate.parse("2029-06-01"));
                day = day.plusDays(1)) {
            LocalDate walked = day;
            for (int n = 0; n <= 70; n++) {
                assertThat(Y2025_2026.workingDaysAfter(day, n)).as("%s + %d", day, n).isEqualTo(walked);
                assertThat(Y2025_2026.isWorkingDay(walked)).isEqualTo(n == 0 ? fromTheSets(walked) : true);
                walked = walked.plusDays(1);
                while (!fromTheSets(walked)) {
                    walked = walked.plusDays(1);
                }
            }
        }
    }

    /** The rule of ProvinceCalendar written out again: a swapped day works, else weekly rest and days off do not. */
    private static boolean fromTheSets(LocalDate day) {
        if (Y2025_2026.swappedWorkingDays().contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !Y2025_2026.daysOff().contains(day);
    }
}
