package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Limits in working hours (Civil Code 2015 Art. 147 cl. 1: from the instant), e.g. 8 working hours to accept an
 * online dossier (Decree 118/2025 Art. 17 cl. 2c). Shifts 07:30-11:30 and 13:30-17:00: 7.5 hours a day.
 */
class WorkingTimeTest {

    @ParameterizedTest(name = "{0} + {1} working time -> {2}")
    @CsvSource(textBlock = """
            # within the morning
            2026-03-03T08:00, PT2H, 2026-03-03T10:00
            # across lunch: 10:30 + 2h = 1h to 11:30, 1h from 13:30
            2026-03-03T10:30, PT2H, 2026-03-03T14:30
            # ending exactly at the end of the morning shift
            2026-03-03T10:30, PT1H, 2026-03-03T11:30
            # started during lunch: counts from 13:30
            2026-03-03T12:00, PT1H, 2026-03-03T14:30
            # before hours: counts from 07:30
            2026-03-03T06:00, PT1H, 2026-03-03T08:30
            # after hours: counts from the next working day's 07:30
            2026-03-03T18:00, PT1H, 2026-03-04T08:30
            # 8 working hours from Tue 15:00: 2h that day, 4h the next morning, 2h after lunch
            2026-03-03T15:00, PT8H, 2026-03-04T15:30
            # Friday afternoon to Monday, over the weekend
            2026-03-06T16:00, PT2H, 2026-03-09T08:30
            # over Tết 2026: Fri 13/02 16:00 + 2h -> Mon 23/02 08:30
            2026-02-13T16:00, PT2H, 2026-02-23T08:30
            # Thu 08/01/2026 16:00 + 8h: 1h Thu, 7h Fri 09/01 ... Fri 09/01 gives 7.5h -> ends Fri 16:30
            2026-01-08T16:00, PT8H, 2026-01-09T16:30
            # Fri 09/01/2026 16:00 + 2h: 1h Fri, then the swapped Saturday 10/01 counts
            2026-01-09T16:00, PT2H, 2026-01-10T08:30
            # a holiday on a weekend changes nothing on the weekend: Fri 24/4/2026 16:00 + 2h skips Sun 26/4 (Hùng
            # Kings) and its compensatory Mon 27/4 -> Tue 28/4
            2026-04-24T16:00, PT2H, 2026-04-28T08:30
            # across the year end: Wed 31/12/2025 16:00 + 2h -> Mon 05/01/2026 08:30
            2025-12-31T16:00, PT2H, 2026-01-05T08:30
            # zero: the instant itself
            2026-03-03T12:00, PT0S, 2026-03-03T12:00
            # the swapped Saturday 26/04/2025: Fri 25/04 16:00 + 2h -> 1h Fri, 1h Sat 26/04 from 07:30
            2025-04-25T16:00, PT2H, 2025-04-26T08:30
            # Tue 29/04/2025 16:00 + 2h: 30/04, 01/05, 02/05 off, the weekend -> Mon 05/05 08:30
            2025-04-29T16:00, PT2H, 2025-05-05T08:30
            # Tết 2025: Fri 24/01 16:00 + 2h -> 27/01-31/01 off, Sat 01/02 (a Tết day) and Sun 02/02 -> Mon 03/02
            2025-01-24T16:00, PT2H, 2025-02-03T08:30
            # on a day off (Sat 07/03/2026) -> from Mon 09/03 07:30
            2026-03-07T10:00, PT1H, 2026-03-09T08:30
            # at lunch, 4h: 13:30-17:00 (3.5h) then 0.5h the next morning
            2026-03-03T12:00, PT4H, 2026-03-04T08:00
            # 40 working hours from Tue 03/03/2026 10:00: 5h Tue, 7.5h Wed, Thu, Fri, Mon 09 (35h), Tue 10/03
            # 4h in the morning and 1h after lunch -> 14:30
            2026-03-03T10:00, PT40H, 2026-03-10T14:30
            """)
    void theInstantAfterSomeWorkingTimeCountsOnlyShifts(LocalDateTime start, Duration hours, LocalDateTime end) {
        assertThat(WorkingTime.after(at(start), hours, Y2025_2026)).isEqualTo(at(end));
    }

    @ParameterizedTest(name = "from {0} to {1}: {2}")
    @CsvSource(textBlock = """
            2026-03-03T08:00, 2026-03-03T10:00, PT2H
            # lunch does not count
            2026-03-03T10:30, 2026-03-03T14:30, PT2H
            2026-03-03T11:45, 2026-03-03T13:15, PT0S
            # a whole working day is 7.5 hours
            2026-03-03T00:00, 2026-03-04T00:00, PT7H30M
            # after hours to before hours the next day
            2026-03-03T17:30, 2026-03-04T07:00, PT0S
            # over Tết 2026: Fri 13/02 16:00 to Mon 23/02 08:30
            2026-02-13T16:00, 2026-02-23T08:30, PT2H
            # the swapped Saturday 10/01/2026 counts in full
            2026-01-10T00:00, 2026-01-11T00:00, PT7H30M
            # across the year end
            2025-12-31T16:00, 2026-01-05T08:30, PT2H
            # a day off counts nothing; before hours to lunch counts the morning shift only
            2026-03-07T00:00, 2026-03-08T00:00, PT0S
            2026-03-03T06:00, 2026-03-03T12:30, PT4H
            # Tết 2025: Fri 24/01 00:00 to Mon 03/02 00:00 is Friday alone
            2025-01-24T00:00, 2025-02-03T00:00, PT7H30M
            # the swapped Saturday 26/04/2025 counts in full
            2025-04-26T00:00, 2025-04-27T00:00, PT7H30M
            # backwards: negative
            2026-03-03T10:00, 2026-03-03T08:00, -PT2H
            """)
    void workingTimeBetweenTwoInstantsCountsOnlyShifts(LocalDateTime from, LocalDateTime to, Duration expected) {
        assertThat(WorkingTime.workingTimeBetween(at(from), at(to), Y2025_2026)).isEqualTo(expected);
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatThrownBy(() -> WorkingTime.after(at(LocalDateTime.parse("2026-03-03T08:00")), Duration.ofHours(-1),
                Y2025_2026)).isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }
}
