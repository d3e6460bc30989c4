package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decree 118/2025 Art. 17 cl. 2: an online dossier is accepted, refused or sent back for papers within 08 working
 * hours of its submission, counted from the instant (Civil Code 2015 Art. 147 cl. 1). Office hours 07:30-11:30 and
 * 13:30-17:00; times local.
 */
class AcceptanceLimitTest {

    @ParameterizedTest(name = "submitted {0}: answer by {1}")
    @CsvSource(textBlock = """
            # Wed 04/03/2026 10:00: 1.5 + 3.5 on Wednesday, 3 more on Thursday
            2026-03-04T10:00, 2026-03-05T10:30
            # in the lunch break: from 13:30, 3.5 + 4 + 0.5
            2026-03-04T12:00, 2026-03-05T14:00
            # after hours: the whole of Thursday (7.5) and half an hour on Friday
            2026-03-04T17:30, 2026-03-06T08:00
            # Fri 06/03 15:00: 2 on Friday, the weekend does not count, 6 on Monday
            2026-03-06T15:00, 2026-03-09T15:30
            # on Saturday evening through a portal: Monday's 7.5 and half an hour on Tuesday
            2026-03-07T20:00, 2026-03-10T08:00
            # Fri 13/02/2026 16:00, before Tết: 1 hour, then nothing until Mon 23/02
            2026-02-13T16:00, 2026-02-23T16:30
            # Fri 09/01/2026 16:00: the swapped Saturday 10/01 is a working day
            2026-01-09T16:00, 2026-01-10T16:30
            """)
    void theDeskHasEightWorkingHoursFromSubmission(LocalDateTime submitted, LocalDateTime answerBy) {
        assertThat(AcceptanceLimit.answerBy(submitted.atZone(VN).toInstant(), Y2025_2026))
                .isEqualTo(answerBy.atZone(VN).toInstant());
    }

    @ParameterizedTest(name = "submitted {0}, now {1}: late {2}")
    @CsvSource(textBlock = """
            2026-03-04T10:00, 2026-03-05T10:30, false
            2026-03-04T10:00, 2026-03-05T10:31, true
            # calendar hours are not working hours: 20 hours later, over a night, it is not yet late
            2026-03-04T16:00, 2026-03-05T12:00, false
            """)
    void theDeskIsLateOnlyAfterTheLimit(LocalDateTime submitted, LocalDateTime now, boolean late) {
        assertThat(AcceptanceLimit.isLate(submitted.atZone(VN).toInstant(), now.atZone(VN).toInstant(), Y2025_2026))
                .isEqualTo(late);
    }
}
