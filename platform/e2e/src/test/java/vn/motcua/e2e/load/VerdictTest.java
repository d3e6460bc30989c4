package vn.motcua.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void aRatioAtOrAboveItsTargetIsMet() {
        assertThat(Verdict.ratio("worklist gateway / direct", 170, 200, 0.85).line())
                .isEqualTo("worklist gateway / direct             85.0 %  (target >= 85 %)  met");
        assertThat(Verdict.ratio("worklist gateway / direct", 169, 200, 0.85).met()).isFalse();
    }

    @Test
    void intakeNeedsBothItsShareAndItsP99() {
        assertThat(Verdict.ratioWithinP99("intake gateway / raw tx", 519, 3000, 0.15, 41.04, 50).line())
                .isEqualTo("intake gateway / raw tx               17.3 %  (target >= 15 %, p99 41.0 ms < 50 ms)  met");
        assertThat(Verdict.ratioWithinP99("intake gateway / raw tx", 519, 3000, 0.15, 50.0, 50).line())
                .isEqualTo("intake gateway / raw tx               17.3 %  (target >= 15 %, p99 50.0 ms >= 50 ms)"
                        + "  NOT MET");
        assertThat(Verdict.ratioWithinP99("intake gateway / raw tx", 75, 3100, 0.15, 20, 50).line())
                .isEqualTo("intake gateway / raw tx                2.4 %  (target >= 15 %, p99 20.0 ms < 50 ms)"
                        + "  NOT MET");
    }

    @Test
    void aLatencyUnderItsCeilingIsMet() {
        assertThat(Verdict.below("freshness p99", 299.9, 300).line())
                .isEqualTo("freshness p99                       299.9 ms  (target < 300 ms)  met");
        assertThat(Verdict.below("freshness p99", 300, 300).met()).isFalse();
    }
}
