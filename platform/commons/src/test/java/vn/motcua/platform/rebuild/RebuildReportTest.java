package vn.motcua.platform.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's numbers as operators read them, and where the route goes. */
class RebuildReportTest {

    @Test
    void ratesAreEventsPerSecondToOneDecimalAndSecondsToTheMillisecond() {
        RebuildReport report = RebuildReport.of(20_000, 12_722_400_000L,
                RebuildReport.RawConsumer.of(20_000, 79_563_000L), Map.of("evaluationsChanged", 3L), 0);

        assertThat(report.seconds()).isEqualTo(12.722);
        assertThat(report.eventsPerSecond()).isEqualTo(1572.0);
        assertThat(report.rawConsumer().seconds()).isEqualTo(0.08);
        assertThat(report.rawConsumer().eventsPerSecond()).isEqualTo(251373.1);
    }

    @Test
    void nothingReadIsARateOfZeroNotADivisionByZero() {
        RebuildReport.RawConsumer raw = RebuildReport.RawConsumer.of(0, 0);

        assertThat(raw.seconds()).isEqualTo(0.0);
        assertThat(raw.eventsPerSecond()).isEqualTo(0.0);
    }

    @Test
    void theAnswerPutsTheStoresChangesBesideTheRatesWithoutLettingThemReplaceOne() {
        RebuildReport report = RebuildReport.of(10, 1_000_000_000L, RebuildReport.RawConsumer.of(10, 500_000_000L),
                Map.of("scorecardsChanged", 2L, "evaluationsChanged", 5L, "events", 99L), 1);

        Map<String, Object> json = report.asJson();

        assertThat(List.copyOf(json.keySet())).containsExactly("events", "seconds", "eventsPerSecond",
                "rawConsumer", "malformed", "evaluationsChanged", "scorecardsChanged");
        assertThat(json.get("events")).isEqualTo(10L);
        assertThat(json.get("evaluationsChanged")).isEqualTo(5L);
        assertThat(json.get("malformed")).isEqualTo(1L);
        assertThat(json.get("rawConsumer")).isEqualTo(new RebuildReport.RawConsumer(10, 0.5, 20.0));
    }

    @ParameterizedTest
    @CsvSource({
            "q,        /q",
            "/q,       /q",
            "/q/,      /q",
            "manage/,  /manage",
            "/,        ''"})
    void theRouteGoesUnderTheConfiguredRoot(String configured, String root) {
        assertThat(RebuildRoute.root(configured)).isEqualTo(root);
        assertThat(RebuildRoute.root(configured) + RebuildRoute.PATH).isEqualTo(root + "/rebuild");
    }
}
