package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Timeliness;
import vn.motcua.events.TimelinessRule;

class TimelinessRuleTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "resolved {0}, due {1} -> {2}")
    @CsvSource({
            "2026-12-07T10:00, 2026-12-08T17:00, EARLY",
            "2026-12-08T08:00, 2026-12-08T17:00, ON_TIME",
            // later the same day is still the appointed date
            "2026-12-08T19:00, 2026-12-08T17:00, ON_TIME",
            "2026-12-09T08:00, 2026-12-08T17:00, LATE",
            // early morning of the appointed day, before the office opens
            "2026-12-08T06:30, 2026-12-08T17:00, ON_TIME",
    })
    void classifiesByTheAppointedDay(String resolved, String due, Timeliness expected) {
        assertThat(TimelinessRule.classify(BusinessCalendarTest.at(resolved), BusinessCalendarTest.at(due), VN))
                .isEqualTo(expected);
    }
    /**
     * A result returned early (Decree 118/2025 Art. 22: early return allowed with notice) is trước hạn; the day is
     * the province's, not UTC's. Due Tue 10/03/2026 17:00 (Hà Nội), i.e. 10:00Z.
     */
    @ParameterizedTest(name = "resolved {0}, due 2026-03-10T10:00Z -> {1}")
    @CsvSource(textBlock = """
            # returned early: Fri 06/03, the Sunday before (a day off), Mon 09/03 23:59:59 in Hà Nội (16:59:59Z)
            2026-03-06T03:00:00Z, EARLY
            2026-03-08T03:00:00Z, EARLY
            2026-03-09T16:59:59Z, EARLY
            # Tue 10/03 00:00 in Hà Nội is Mon 17:00Z: already the appointed day
            2026-03-09T17:00:00Z, ON_TIME
            # 23:59 on the appointed day is still on time; Wed 00:00 is late
            2026-03-10T16:59:00Z, ON_TIME
            2026-03-10T17:00:00Z, LATE
            """)
    void aResultReturnedEarlyIsEarlyByTheProvincesDay(Instant resolved, Timeliness expected) {
        assertThat(TimelinessRule.classify(resolved, Instant.parse("2026-03-10T10:00:00Z"), VN))
                .isEqualTo(expected);
    }
}
