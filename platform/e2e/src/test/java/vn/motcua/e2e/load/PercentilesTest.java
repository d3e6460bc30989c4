package vn.motcua.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    /** 1..100 ms, shuffled: the nearest rank of p is ceil(p * 100). */
    private static final long[] HUNDRED = new long[100];

    static {
        for (int i = 0; i < 100; i++) {
            HUNDRED[i] = (long) ((i * 37 % 100) + 1) * 1_000_000;
        }
    }

    @ParameterizedTest
    @CsvSource({"0.50, 50.0", "0.99, 99.0", "1.0, 100.0", "0.001, 1.0", "0.505, 51.0"})
    void nearestRankInMillis(double p, double expected) {
        assertThat(new Percentiles(HUNDRED).millis(p)).isEqualTo(expected);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles one = new Percentiles(new long[] {2_500_000});
        assertThat(one.millis(0.5)).isEqualTo(2.5);
        assertThat(one.millis(0.99)).isEqualTo(2.5);
    }

    @Test
    void twoRoundsAreOneSetOfSamples() {
        Percentiles both = new Percentiles(new long[] {4_000_000, 1_000_000}).plus(new Percentiles(new long[] {
                3_000_000, 2_000_000}));
        assertThat(both.count()).isEqualTo(4);
        assertThat(both.millis(0.5)).isEqualTo(2.0);
        assertThat(both.millis(0.75)).isEqualTo(3.0);
        assertThat(both.millis(1.0)).isEqualTo(4.0);
    }

    @Test
    void noSampleIsNotANumber() {
        assertThat(new Percentiles(new long[0]).millis(0.99)).isNaN();
    }

    @Test
    void aPercentileOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> new Percentiles(HUNDRED).millis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(HUNDRED).millis(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
