package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In time, nearing (at most 8 working hours left) or overdue: what the worklist shows so that an apology can come
 * at least a day before the date (Decree 118/2025 Art. 19 cl. 6). Office hours 07:30-11:30, 13:30-17:00.
 */
class DueFlagTest {
    @ParameterizedTest(name = "at {0}, due {1}: {2}")
    @CsvSource(textBlock = """
            # 10:00-11:30 and 13:30-17:00 left today: 5 h
            2026-03-04T10:00, 2026-03-04T17:00, NEARING
            # 5 h today and 7.5 h tomorrow
            2026-03-04T10:00, 2026-03-05T17:00, DUE
            # exactly 8 h: 5 h today, 07:30-10:30 tomorrow
            2026-03-04T10:00, 2026-03-05T10:30, NEARING
            2026-03-04T10:00, 2026-03-05T10:31, DUE
            # at the due instant itself: not yet late
            2026-03-04T17:00, 2026-03-04T17:00, NEARING
            2026-03-04T17:01, 2026-03-04T17:00, OVERDUE
            # the weekend does not count: Fri 16:00 -> Mon 14:30 is 1 + 4 + 1 = 6 working hours
            2026-03-06T16:00, 2026-03-09T14:30, NEARING
            2026-03-06T16:00, 2026-03-09T17:00, DUE
            # nor Tết 2026: Fri 13/02 16:00 -> Mon 23/02 14:30, 6 working hours
            2026-02-13T16:00, 2026-02-23T14:30, NEARING
            """)
    void aDossierIsNearingWithAtMostTheThresholdOfWorkingTimeLeft(LocalDateTime now, LocalDateTime due,
            DueFlag expected) {
        assertThat(DueFlag.of(now.atZone(VN).toInstant(), due.atZone(VN).toInstant(), Duration.ofHours(8),
                Y2025_2026)).isEqualTo(expected);
    }
}
