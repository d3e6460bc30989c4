package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
            """)
    void afterTheCutOffADossierGoesToTheAgencyTheNextWorkingDay(LocalDateTime received, LocalDate transferred) {
        assertThat(DeskTransfer.transferDay(received.atZone(VN).toInstant(), Y2025_2026)).isEqualTo(transferred);
    }
}
