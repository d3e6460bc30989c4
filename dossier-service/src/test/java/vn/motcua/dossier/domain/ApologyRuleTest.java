package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.dossier.domain.ApologyRule.Allowed;
import vn.motcua.dossier.domain.ApologyRule.Refused;

/**
 * Decree 118/2025 Art. 19 cl. 6, Art. 12 cl. 5 (61/2018 Art. 19 cl. 9): the apology at least 1 day before the due
 * date, the new date set once. Times local (Asia/Ho_Chi_Minh), office closes at 17:00.
 */
class ApologyRuleTest {

    @ParameterizedTest(name = "apology {0}, due {1}, new date {2}: due from now {3}")
    @CsvSource(textBlock = """
            # due Tue 10/03/2026; apology on Mon 09/03, the working day before: allowed, the new date Fri 13/03
            2026-03-09T16:00, 2026-03-10T17:00, 2026-03-13, 2026-03-13T17:00
            # the day after the due date is enough
            2026-03-09T16:00, 2026-03-10T17:00, 2026-03-11, 2026-03-11T17:00
            # due Mon 23/02/2026 (after Tết): an apology on Fri 13/02, the last working day before Tết, is in time
            2026-02-13T10:00, 2026-02-23T17:00, 2026-02-24, 2026-02-24T17:00
            # the swapped Saturday 10/01/2026 is a working day: a valid new date
            2026-01-08T10:00, 2026-01-09T17:00, 2026-01-10, 2026-01-10T17:00
            """)
    void anApologyInTimeSetsTheNewDateDueAtItsClose(LocalDateTime at, LocalDateTime due, LocalDate newDate,
            LocalDateTime newDue) {
        assertThat(ApologyRule.judge(instant(at), instant(due), newDate, false, Y2025_2026))
                .isEqualTo(new Allowed(instant(newDue)));
    }

    @ParameterizedTest(name = "apology {0}, due {1}, new date {2}, extended before {3}: refused on {4}")
    @CsvSource(textBlock = """
            # on the last day (the due day itself), even before the office opens: no day of notice
            2026-03-10T06:00, 2026-03-10T17:00, 2026-03-13, false, at
            2026-03-10T08:00, 2026-03-10T17:00, 2026-03-13, false, at
            # on the day before but after closing time: received by the one-stop on the due day
            2026-03-09T17:30, 2026-03-10T17:00, 2026-03-13, false, at
            # on Sunday 22/02/2026 for Mon 23/02: the one-stop gets it on the due day
            2026-02-22T10:00, 2026-02-23T17:00, 2026-02-24, false, at
            # already late
            2026-03-11T09:00, 2026-03-10T17:00, 2026-03-13, false, at
            # the new date equal to the current due date, or before it
            2026-03-09T10:00, 2026-03-10T17:00, 2026-03-10, false, newDueDate
            2026-03-09T10:00, 2026-03-10T17:00, 2026-03-09, false, newDueDate
            # a second extension: the new date is set only once (Art. 19 cl. 6)
            2026-03-09T10:00, 2026-03-10T17:00, 2026-03-13, true, newDueDate
            # a new date on Sunday 15/03/2026, on the holiday 30/04/2026, inside Tết 2026 (Tue 17/02)
            2026-03-09T10:00, 2026-03-10T17:00, 2026-03-15, false, newDueDate
            2026-03-09T10:00, 2026-03-10T17:00, 2026-04-30, false, newDueDate
            2026-02-09T10:00, 2026-02-10T17:00, 2026-02-17, false, newDueDate
            """)
    void aLateOrSecondApologyOrABadNewDateIsRefusedNamingTheField(LocalDateTime at, LocalDateTime due,
            LocalDate newDate, boolean extendedBefore, String field) {
        assertThat(ApologyRule.judge(instant(at), instant(due), newDate, extendedBefore, Y2025_2026))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo(field));
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }
}
