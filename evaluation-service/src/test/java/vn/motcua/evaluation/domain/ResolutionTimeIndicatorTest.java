package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Timeliness;

class ResolutionTimeIndicatorTest {

    // Decree 61/2018 Art. 31, Circular 01/2018/TT-VPCP ch. III [verify]; seed 000 scores 324 dossiers 2/2
    @ParameterizedTest(name = "{0} earns {1} of 2 points")
    @CsvSource({
            "EARLY,   2",   // trước hạn
            "ON_TIME, 1",   // đúng hạn
            "LATE,    0",   // quá hạn, even with an apology letter (Mẫu 04)
    })
    void resolutionTimeEarnsPointsByTimeliness(Timeliness timeliness, int points) {
        assertThat(ResolutionTimeIndicator.points(timeliness)).isEqualTo(points)
                .isBetween(0, ResolutionTimeIndicator.MAX_POINTS);
    }
}
