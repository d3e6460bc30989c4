package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Timeliness;

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
}
