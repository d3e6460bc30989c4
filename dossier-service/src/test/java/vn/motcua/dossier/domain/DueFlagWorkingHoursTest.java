package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nearing (sắp đến hạn) and overdue (quá hạn) against the appointed date of the receipt (Decree 118/2025 Art. 17
 * cl. 3), warned in working hours so that an apology can still come a day before it (Art. 19 cl. 6). Office hours
 * 07:30-11:30 and 13:30-17:00 (7.5 working hours a day); times local.
 */
class DueFlagWorkingHoursTest {

    @ParameterizedTest(name = "due {0}, now {1}, threshold {2} h: {3}")
    @CsvSource(textBlock = """
            # due Thu 26/02/2026 17:00; Wed 16:00 leaves 1 + 7.5 = 8.5 working hours
            2026-02-26T17:00, 2026-02-25T16:00, 8,  DUE
            # Wed 16:30 leaves 0.5 + 7.5 = 8: the threshold itself counts as near
            2026-02-26T17:00, 2026-02-25T16:30, 8,  NEARING
            # at the appointed instant it is still on time (a result at 17:00 is on time)
            2026-02-26T17:00, 2026-02-26T17:00, 8,  NEARING
            2026-02-26T17:00, 2026-02-26T17:01, 8,  OVERDUE
            # a province that warns two days ahead: Tue 16:00 leaves 1 + 7.5 + 7.5 = 16
            2026-02-26T17:00, 2026-02-24T16:00, 16, NEARING
            2026-02-26T17:00, 2026-02-24T15:59, 16, DUE
            # due at noon: the lunch break does not count; Wed 11:00 leaves 0.5 + 3.5 + 4 = 8
            2026-02-26T11:30, 2026-02-25T11:00, 8,  NEARING
            2026-02-26T11:30, 2026-02-25T10:30, 8,  DUE
            # the weekend does not count: due Mon 09/03 17:00, Fri 16:00 leaves 1 + 7.5
            2026-03-09T17:00, 2026-03-06T16:00, 8,  DUE
            2026-03-09T17:00, 2026-03-07T10:00, 8,  NEARING
            # Tết (Sat 14/02 - Sun 22/02/2026): ten calendar days before Mon 23/02 17:00 are 8 working hours
            2026-02-23T17:00, 2026-02-13T16:00, 8,  DUE
            2026-02-23T17:00, 2026-02-13T16:30, 8,  NEARING
            # the swapped working Saturday 10/01/2026 counts: due Mon 12/01 17:00, Sat 16:30 leaves 0.5 + 7.5
            2026-01-12T17:00, 2026-01-09T16:00, 8,  DUE
            2026-01-12T17:00, 2026-01-10T16:30, 8,  NEARING
            """)
    void aDossierIsNearWithinTheThresholdOfWorkingHoursAndOverdueAfterItsDate(LocalDateTime due, LocalDateTime now,
            int thresholdHours, DueFlag expected) {
        assertThat(DueFlag.of(now.atZone(VN).toInstant(), due.atZone(VN).toInstant(),
                Duration.ofHours(thresholdHours), Y2025_2026)).isEqualTo(expected);
    }
}
