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
