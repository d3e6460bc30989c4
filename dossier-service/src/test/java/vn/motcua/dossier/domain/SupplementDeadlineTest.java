package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decree 118/2025 Art. 19 cl. 5: a supplement not received "quá 15 ngày" (or the sector's limit) closes the
 * dossier. Calendar days as Civil Code 2015 Art. 147 cl. 2 and Art. 148 cl. 1, 5, 6 count them: not the day of the
 * request; a last day off moves to the next working day; the period ends at 24:00. Times local.
 */
class SupplementDeadlineTest {

    @ParameterizedTest(name = "requested {0}, procedure limit {1}: closes {2}")
    @CsvSource(textBlock = """
            # Wed 04/03/2026: day 1 Thu 05/03, day 15 Thu 19/03; closes when it ends, at 24:00
            2026-03-04T10:00, , 2026-03-20T00:00
            # late in the evening the same day: the day of the request never counts
            2026-03-04T23:30, , 2026-03-20T00:00
            # Fri 06/03/2026: day 15 is Sat 21/03, a rest day -> the end of Mon 23/03 (Art. 148 cl. 5)
            2026-03-06T10:00, , 2026-03-24T00:00
            # Mon 02/02/2026: day 15 is Tue 17/02, inside Tết (14-22/02) -> the end of Mon 23/02
            2026-02-02T10:00, , 2026-02-24T00:00
            # Wed 15/04/2026: day 15 is Thu 30/04, a holiday, then 01/05 and the weekend -> the end of Mon 04/05
            2026-04-15T10:00, , 2026-05-05T00:00
            # Thu 25/12/2025: day 15 is Fri 09/01/2026 (the year boundary changes nothing)
            2025-12-25T10:00, , 2026-01-10T00:00
            # Fri 26/12/2025: day 15 is Sat 10/01/2026, the swapped working Saturday: a working day, it ends there
            2025-12-26T10:00, , 2026-01-11T00:00
            # the procedure's own limit of 30 days: Wed 04/03/2026 -> Fri 03/04/2026
            2026-03-04T10:00, 30, 2026-04-04T00:00
            # of 5 days: Wed 04/03/2026 -> Mon 09/03/2026
            2026-03-04T10:00, 5, 2026-03-10T00:00
            """)
    void anUnansweredSupplementClosesTheDossierAtTheEndOfItsLastDay(LocalDateTime requested, Integer procedureDays,
            LocalDateTime closes) {
        assertThat(SupplementDeadline.closesAt(at(requested), Optional.ofNullable(procedureDays), Y2025_2026))
                .isEqualTo(at(closes));
    }

    @Test
    void aProcedureLimitIsPositive() {
        assertThatThrownBy(() -> SupplementDeadline.closesAt(at(LocalDateTime.parse("2026-03-04T10:00")),
                Optional.of(0), Y2025_2026)).isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }
}
