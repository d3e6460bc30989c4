package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
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
    /**
     * Acceptance before, during, at lunch and after office hours, in days and in hours, over the real 2025-2026
     * calendar (07:30-11:30, 13:30-17:00: 7.5 working hours a day). Days: Civil Code Art. 147 cl. 2, Art. 148 cl. 1;
     * hours: Art. 147 cl. 1 (from the instant). Times local (Asia/Ho_Chi_Minh).
     */
    @ParameterizedTest(name = "accepted {0}, {1} {2}: due {3}")
    @CsvSource(textBlock = """
            # Tue 03/03/2026, 5 working days: before hours, during, at lunch the day counts; after closing it does not
            2026-03-03T06:30, 5, WORKING_DAYS, 2026-03-10T17:00
            2026-03-03T10:00, 5, WORKING_DAYS, 2026-03-10T17:00
            2026-03-03T12:00, 5, WORKING_DAYS, 2026-03-10T17:00
            2026-03-03T17:30, 5, WORKING_DAYS, 2026-03-11T17:00
            # 8 working hours. Before hours: from 07:30, 7.5 h on Tue, 0.5 h on Wed -> Wed 08:00
            2026-03-03T06:30, 8, WORKING_HOURS, 2026-03-04T08:00
            # during: 1.5 h + 3.5 h on Tue, 3 h on Wed -> 10:30
            2026-03-03T10:00, 8, WORKING_HOURS, 2026-03-04T10:30
            # at lunch: from 13:30, 3.5 h on Tue, 4 h Wed morning, 0.5 h -> Wed 14:00
            2026-03-03T12:00, 8, WORKING_HOURS, 2026-03-04T14:00
            # after hours: 7.5 h on Wed, 0.5 h on Thu -> Thu 08:00
            2026-03-03T17:30, 8, WORKING_HOURS, 2026-03-05T08:00
            # 4 h after hours: Wed's morning shift exactly -> 11:30
            2026-03-03T17:30, 4, WORKING_HOURS, 2026-03-04T11:30
            # 40 h from Tue 10:00: 5 h Tue, 7.5 h each Wed, Thu, Fri, Mon 09 (35 h), 4 h + 1 h Tue 10/03 -> 14:30
            2026-03-03T10:00, 40, WORKING_HOURS, 2026-03-10T14:30
            # 4 h from Fri 09/01/2026 16:00: 1 h Fri, 3 h on the swapped Saturday 10/01 -> 10:30
            2026-01-09T16:00, 4, WORKING_HOURS, 2026-01-10T10:30
            # 4 h from Fri 24/01/2025 16:00: 1 h Fri, Tết 2025 (27/01-02/02), 3 h on Mon 03/02 -> 10:30
            2025-01-24T16:00, 4, WORKING_HOURS, 2025-02-03T10:30
            # 3 days on the swapped Saturday 26/04/2025 at 09:00: Mon 28 (1), Tue 29 (2), 30/04-04/05 off, Mon 05/05
            2025-04-26T09:00, 3, WORKING_DAYS, 2025-05-05T17:00
            """)
    void acceptanceAtAnyHourOverTheRealCalendar(LocalDateTime accepted, int value, ProcedureTerms.TimeUnit unit,
            LocalDateTime due) {
        DeadlineClock clock = DeadlineClock.startAt(local(accepted), new ProcedureTerms.TimeLimit(value, unit));

        assertThat(clock.dueAt(TestCalendars.Y2025_2026)).isEqualTo(local(due));
    }

    /**
     * Decree 118/2025 Art. 19 cl. 5: "thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ": the full
     * time again from the complete dossier, not the remainder. Without restart the receipt's date stands.
     */
    @ParameterizedTest(name = "accepted {0}, {1} {2}, restarted {3}: due {4}")
    @CsvSource(textBlock = """
            # no restart: Mon 02/03/2026 + 10 days -> Tue 03 (1) .. Fri 13 (9), Mon 16/03 (10)
            2026-03-02T10:00, 10, WORKING_DAYS, , 2026-03-16T17:00
            # complete again Mon 09/03 10:00: 10 days from there -> Tue 10 (1) .. Fri 20 (9), Mon 23/03 (10)
            2026-03-02T10:00, 10, WORKING_DAYS, 2026-03-09T10:00, 2026-03-23T17:00
            # complete again after closing time on Fri 13/03: counts from Mon 16 -> Tue 17 (1) .. Mon 30/03 (10)
            2026-03-02T10:00, 10, WORKING_DAYS, 2026-03-13T18:00, 2026-03-30T17:00
            # complete again on Fri 13/02/2026, before Tết: Mon 23/02 (1) .. Fri 27/02 (5)
            2026-02-02T10:00, 5, WORKING_DAYS, 2026-02-13T10:00, 2026-02-27T17:00
            # 8 working hours restarted Thu 05/03 15:00: 2 h Thu, 4 h + 2 h Fri -> Fri 06/03 15:30
            2026-03-03T10:00, 8, WORKING_HOURS, 2026-03-05T15:00, 2026-03-06T15:30
            # the same without restart: Wed 04/03 10:30
            2026-03-03T10:00, 8, WORKING_HOURS, , 2026-03-04T10:30
            """)
    void aCompleteSupplementRestartsTheFullTimeWhileNoRestartKeepsTheReceiptsDate(LocalDateTime accepted, int value,
            ProcedureTerms.TimeUnit unit, LocalDateTime restarted, LocalDateTime due) {
        DeadlineClock clock = DeadlineClock.startAt(local(accepted), new ProcedureTerms.TimeLimit(value, unit));
        if (restarted != null) {
            clock = clock.restartAt(local(restarted));
        }

        assertThat(clock.dueAt(TestCalendars.Y2025_2026)).isEqualTo(local(due));
    }

    /**
     * A calendar published after acceptance (the Prime Minister lengthens the National Day break, a province adds a
     * day off) gives another date when counted again, so the date is counted once, at acceptance, and kept: the
     * lifecycle stores it as the action's {@code dueAfter} (LoggedAction) and the dossier's {@code dueAt}, and later
     * calendars never move it (README: "a deadline already computed is never changed by a later calendar"). The
     * receipt the applicant holds is what the dossier is judged against.
     */
    @Test
    void aCalendarChangedAfterAcceptanceWouldGiveAnotherDateSoTheDateIsCountedOnce() {
        // Thu 27/08/2026, 5 days, with 01/09 and 02/09 off: Fri 28 (1), Mon 31 (2), Thu 03 (3), Fri 04 (4), Mon 07
        DeadlineClock clock = DeadlineClock.startAt(local(LocalDateTime.parse("2026-08-27T10:00")), 5);
        Instant keptOnTheReceipt = clock.dueAt(TestCalendars.Y2025_2026);
        assertThat(keptOnTheReceipt).isEqualTo(local(LocalDateTime.parse("2026-09-07T17:00")));

        // then 31/08 and 03/09 are declared off too (a five-day break): Fri 28 (1), Fri 04 (2), Mon 07 (3),
        // Tue 08 (4), Wed 09/09 (5)
        Set<LocalDate> longerBreak = new HashSet<>(TestCalendars.Y2025_2026.daysOff());
        longerBreak.addAll(TestCalendars.dates("2026-08-31", "2026-09-03"));
        ProvinceCalendar changed = new ProvinceCalendar(TestCalendars.VN, TestCalendars.Y2025_2026.weeklyRest(),
                longerBreak, TestCalendars.Y2025_2026.swappedWorkingDays(), TestCalendars.Y2025_2026.officeHours());

        assertThat(clock.dueAt(changed)).isEqualTo(local(LocalDateTime.parse("2026-09-09T17:00")));
    }

    static Instant local(LocalDateTime t) {
        return t.atZone(TestCalendars.VN).toInstant();
    }
}
