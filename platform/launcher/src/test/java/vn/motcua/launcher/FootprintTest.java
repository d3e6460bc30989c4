package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootprintTest {
    private static final Footprint.Row JVM = row("reference (idle JVM)", 250, 40 * 1024);

    @Test
    void quarkusStartTimeIsTheLastStartOfTheLog() {
        String log = """
                2026-12-05 03:10:01,000 INFO  [io.quarkus] (main) catalog-service 0.1.0-SNAPSHOT on JVM \
                (powered by Quarkus 3.34.1) started in 21.402s. Listening on: http://0.0.0.0:18801
                2026-12-05 03:10:05,000 INFO  [io.quarkus] (Shutdown thread) catalog-service stopped in 0.120s
                2026-12-05 03:11:00,000 INFO  [io.quarkus] (main) catalog-service 0.1.0-SNAPSHOT on JVM \
                (powered by Quarkus 3.34.1) started in 2.345s. Listening on: http://0.0.0.0:18801
                """;

        assertThat(Footprint.quarkusStartedIn(log)).contains(Duration.ofMillis(2345));
        assertThat(Footprint.quarkusStartedIn("no start yet")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            // ready ms, RSS kB, start met, memory met
            "2999, 204799, true, true",
            "3000, 204800, false, false",
            "12000, 150000, false, true",
            "800, 512000, true, false",
    })
    void targetsAreUnderThreeSecondsAndUnderTwoHundredMegabytes(long readyMs, long rssKb, boolean start,
                                                                   boolean memory) {
        Footprint.Row r = row("catalog-service", readyMs, rssKb);

        assertThat(Footprint.startMet(r)).isEqualTo(start);
        assertThat(Footprint.rssMet(r)).isEqualTo(memory);
        assertThat(Footprint.met(r)).isEqualTo(start && memory);
    }

    @Test
    void aServiceThatNeverGotReadyMeetsNothing() {
        Footprint.Row r = new Footprint.Row("gateway", Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(Footprint.met(r)).isFalse();
    }

    @Test
    void theTablePutsEachServiceBesideTheIdleJvmAndTheTargets() {
        String table = Footprint.render(JVM, List.of(
                new Footprint.Row("catalog-service", Optional.of(Duration.ofMillis(2500)),
                        Optional.of(Duration.ofMillis(1900)), Optional.of(150L * 1024)),
                row("gateway", 6000, 300 * 1024)));

        assertThat(table).isEqualTo("""
                                       start→ready     ÷ JVM   Quarkus  RSS idle     ÷ JVM   start < 3 s    RSS < 200 MB
                reference (idle JVM)       0.25 s                   -     40 MB
                catalog-service            2.50 s     10.0×    1.90 s    150 MB      3.8×   met            met
                gateway                    6.00 s     24.0×         -    300 MB      7.5×   NOT MET        NOT MET
                1 of 2 services meet both targets
                """);
    }

    private static Footprint.Row row(String name, long readyMs, long rssKb) {
        return new Footprint.Row(name, Optional.of(Duration.ofMillis(readyMs)), Optional.empty(), Optional.of(rssKb));
    }
}
