package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decree 118/2025 Art. 18 cl. 2: to the agency the same working day, or the next one if received after 15:00. */
class DeskTransferTest {
    @ParameterizedTest(name = "received {0}: transferred {1}")
    @CsvSource(textBlock = """
            2026-03-03T14:59, 2026-03-03
            # at 15:00 sharp it is not yet "after 15:00"
            2026-03-03T15:00, 2026-03-03
            2026-03-03T15:01, 2026-03-04
            # Friday after 15:00 -> Monday
            2026-03-06T16:00, 2026-03-09
            # the day before Tết 2026 -> the first day after it
            2026-02-13T15:30, 2026-02-23
            # received on a holiday -> the next working day
            2026-01-01T09:00, 2026-01-05
            # on the swapped Saturday 10/01/2026 before 15:00: the same day
            2026-01-10T09:00, 2026-01-10
            # ... at 15:00 sharp still the same day; at 15:01 the next working day, Mon 12/01
            2026-01-10T15:00, 2026-01-10
            2026-01-10T15:01, 2026-01-12
            # the swapped Saturday 26/04/2025 after 15:00 -> Mon 28/04/2025
            2025-04-26T15:01, 2025-04-28
            # before the office opens, at lunch: the same day
            2026-03-03T06:00, 2026-03-03
            2026-03-03T12:00, 2026-03-03
            # after closing time -> the next working day
            2026-03-03T17:30, 2026-03-04
            # on a day off, even before 15:00: an ordinary Saturday, a Sunday, the holiday 30/04/2026 (then 01/05
            # and the weekend -> Mon 04/05)
            2026-03-07T10:00, 2026-03-09
            2026-03-08T14:00, 2026-03-09
            2026-04-30T09:00, 2026-05-04
            # the last working day before Tết 2025 (Fri 24/01) at 15:00 sharp: the same day; at 15:01 -> Mon 03/02
            2025-01-24T15:00, 2025-01-24
            2025-01-24T15:01, 2025-02-03
            # Tue 29/04/2025 after 15:00: 30/04, 01/05, 02/05 off and the weekend -> Mon 05/05
            2025-04-29T15:01, 2025-05-05
            """)
    void afterTheCutOffADossierGoesToTheAgencyTheNextWorkingDay(LocalDateTime received, LocalDate transferred) {
        assertThat(DeskTransfer.transferDay(received.atZone(VN).toInstant(), Y2025_2026)).isEqualTo(transferred);
    }
    /**
     * The cut-off is data of the office hours in force on the day of reception (a province may set its own, e.g.
     * from 01/06/2026 a cut-off at 16:00 with an afternoon shift to 17:30): before that day 15:00 applies.
     */
    @ParameterizedTest(name = "received {0} (cut-off changes on 01/06/2026): transferred {1}")
    @CsvSource(textBlock = """
            2026-05-29T15:30, 2026-06-01
            2026-06-01T15:30, 2026-06-01
            2026-06-01T16:00, 2026-06-01
            2026-06-01T16:01, 2026-06-02
            """)
    void theCutOffIsTheOneOfTheOfficeHoursInForce(LocalDateTime received, LocalDate transferred) {
        OfficeHours later = new OfficeHours(LocalDate.parse("2026-06-01"), LocalTime.of(7, 30), LocalTime.of(11, 30),
                LocalTime.of(13, 30), LocalTime.of(17, 30), LocalTime.of(16, 0));
        ProvinceCalendar calendar = new ProvinceCalendar(VN, Y2025_2026.weeklyRest(), Y2025_2026.daysOff(),
                Y2025_2026.swappedWorkingDays(), List.of(TestCalendars.STANDARD, later));

        assertThat(DeskTransfer.transferDay(received.atZone(VN).toInstant(), calendar)).isEqualTo(transferred);
    }
}
