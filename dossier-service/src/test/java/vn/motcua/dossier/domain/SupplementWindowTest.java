package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decree 118/2025 Art. 19 cl. 5 (61/2018 Art. 19 cl. 4): a supplement during appraisal only within 3 working days
 * of reception; days counted as Civil Code 2015 Art. 147 cl. 2 counts them (not the day of acceptance). Times are
 * local (Asia/Ho_Chi_Minh); office closes at 17:00.
 */
class SupplementWindowTest {

    @ParameterizedTest(name = "accepted {0}: supplement asked until {1}")
    @CsvSource(textBlock = """
            # Thu 05/03/2026: Fri 06 (1), Mon 09 (2), Tue 10 (3)
            2026-03-05T10:00, 2026-03-10T17:00
            # Fri 06/03/2026, over the weekend: Mon 09, Tue 10, Wed 11
            2026-03-06T10:00, 2026-03-11T17:00
            # Thu 12/02/2026, before Tết (Sat 14 - Sun 22/02 off): Fri 13, Mon 23, Tue 24
            2026-02-12T10:00, 2026-02-24T17:00
            # Fri 13/02/2026, the last day before Tết: Mon 23, Tue 24, Wed 25
            2026-02-13T10:00, 2026-02-25T17:00
            # accepted on the swapped Saturday 10/01/2026 (làm bù, a working day): Mon 12, Tue 13, Wed 14
            2026-01-10T09:00, 2026-01-14T17:00
            # Fri 09/01/2026: the swapped Saturday is day 1: Sat 10, Mon 12, Tue 13
            2026-01-09T10:00, 2026-01-13T17:00
            # Fri 25/04/2025: the swapped Saturday 26/04/2025 is day 1, Mon 28, Tue 29 (30/04 - 04/05 off)
            2025-04-25T10:00, 2025-04-29T17:00
            # Tue 29/04/2025: 30/04, 01/05, 02/05 off and the weekend -> Mon 05, Tue 06, Wed 07/05
            2025-04-29T10:00, 2025-05-07T17:00
            # accepted after closing time on Thu 05/03/2026 counts as Fri 06: Mon 09, Tue 10, Wed 11
            2026-03-05T18:00, 2026-03-11T17:00
            # accepted on an ordinary Saturday 07/03/2026 counts as Mon 09: Tue 10, Wed 11, Thu 12
            2026-03-07T09:00, 2026-03-12T17:00
            """)
    void theWindowClosesAtTheEndOfTheThirdWorkingDayAfterAcceptance(LocalDateTime accepted, LocalDateTime last) {
        assertThat(SupplementWindow.lastMoment(at(accepted), Y2025_2026)).isEqualTo(at(last));
    }

    @ParameterizedTest(name = "accepted {0}, supplement asked {1}: allowed {2}")
    @CsvSource(textBlock = """
            # Thu before a weekend: day 3 is Tue 10/03, day 4 Wed 11/03
            2026-03-05T10:00, 2026-03-10T16:59, true
            2026-03-05T10:00, 2026-03-10T17:00, true
            2026-03-05T10:00, 2026-03-10T17:01, false
            2026-03-05T10:00, 2026-03-11T08:00, false
            # at the very moment of acceptance
            2026-03-05T10:00, 2026-03-05T10:00, true
            # Fri before a weekend: day 3 Wed 11/03, day 4 Thu 12/03
            2026-03-06T10:00, 2026-03-11T09:00, true
            2026-03-06T10:00, 2026-03-12T09:00, false
            # before Tết 2026: day 3 Tue 24/02, day 4 Wed 25/02; asked (by the portal) during Tết: still day 2
            2026-02-12T10:00, 2026-02-24T09:00, true
            2026-02-12T10:00, 2026-02-25T09:00, false
            2026-02-12T10:00, 2026-02-18T09:00, true
            # on the swapped Saturday 10/01/2026: day 3 Wed 14/01, day 4 Thu 15/01
            2026-01-10T09:00, 2026-01-14T09:00, true
            2026-01-10T09:00, 2026-01-15T09:00, false
            # Fri 25/04/2025 with the swapped Saturday 26/04: day 3 Tue 29/04, day 4 Mon 05/05 (after 30/4 - 4/5)
            2025-04-25T10:00, 2025-04-29T09:00, true
            2025-04-25T10:00, 2025-05-05T09:00, false
            """)
    void aSupplementDuringAppraisalIsAllowedOnlyWithinThreeWorkingDays(LocalDateTime accepted,
            LocalDateTime asked, boolean allowed) {
        assertThat(SupplementWindow.allows(at(accepted), at(asked), Y2025_2026)).isEqualTo(allowed);
    }

    @Test
    void aRequestBeforeAcceptanceIsASupplementAtReceptionNotThisRule() {
        assertThatThrownBy(() -> SupplementWindow.allows(at(LocalDateTime.parse("2026-03-05T10:00")),
                at(LocalDateTime.parse("2026-03-05T09:59")), Y2025_2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }
}
