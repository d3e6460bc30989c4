package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTimelineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    // Decree 63/2010 Art. 15 as amended: a version applies until the decision that changes it takes effect;
    // versions never overlap. published = effective dates of the published versions, ';'-separated
    @ParameterizedTest(name = "amend from {0} over {1}: {2}")
    @CsvSource({
            "2026-03-11, 2025-01-01,            ALLOWED",                 // tomorrow: the earliest an amendment starts
            "2026-03-10, 2025-01-01,            NOT_AFTER_TODAY",         // today: dossiers already received today
            "2026-03-01, 2025-01-01,            NOT_AFTER_TODAY",         // in the past
            "2026-06-01, 2025-01-01;2026-06-01, OVERLAPS",                // the day a scheduled version starts
            "2026-05-01, 2025-01-01;2026-06-01, OVERLAPS",                // before a scheduled version
            "2026-07-01, 2025-01-01;2026-06-01, ALLOWED",                 // after the scheduled one: it ends then
            "2026-03-11, 2026-03-11,            OVERLAPS",                // v1 starts tomorrow: not the same day
    })
    void anAmendmentTakesEffectAfterTodayAndAfterEveryPublishedVersion(LocalDate from, String published,
            String expected) {
        assertThat(VersionTimeline.amendment(from, TODAY, dates(published))
                .map(r -> r.kind().name()).orElse("ALLOWED")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "abolish from {0} over {1}: {2}")
    @CsvSource({
            "2026-04-01, 2025-01-01,            ALLOWED",
            "2026-03-10, 2025-01-01,            NOT_AFTER_TODAY",
            "2026-07-01, 2025-01-01;2026-06-01, LATER_VERSION_SCHEDULED", // v2 not in force yet: say which is meant
            "2026-05-01, 2025-01-01;2026-06-01, LATER_VERSION_SCHEDULED",
            "2026-04-01, 2025-01-01;2026-03-10, ALLOWED",                 // v2 in force since today
    })
    void anAbolitionTakesEffectAfterTodayAndNeverOverAScheduledVersion(LocalDate from, String published,
            String expected) {
        assertThat(VersionTimeline.abolition(from, TODAY, dates(published))
                .map(r -> r.kind().name()).orElse("ALLOWED")).isEqualTo(expected);
    }

    private static List<LocalDate> dates(String list) {
        return Arrays.stream(list.split(";")).map(String::trim).map(LocalDate::parse).toList();
    }
}
