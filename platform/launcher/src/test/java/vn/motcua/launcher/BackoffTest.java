package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void quickCrashesWaitTwiceAsLongEachTimeUpToAMinute() {
        Backoff backoff = new Backoff();
        Duration ranBriefly = Duration.ofSeconds(3);

        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.afterCrash(ranBriefly)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aCrashAfterTwoMinutesOfRunningStartsTheCountOver() {
        Backoff backoff = new Backoff();
        backoff.afterCrash(Duration.ofSeconds(1));
        backoff.afterCrash(Duration.ofSeconds(1));

        assertThat(backoff.afterCrash(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.afterCrash(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
    }
}
