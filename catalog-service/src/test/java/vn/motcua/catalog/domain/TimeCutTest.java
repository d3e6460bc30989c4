package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeCutTest {

    @Test
    void theSeedsSevenProceduresCutFrom110To69DaysAre41DaysAnd37Point3PercentNot35And32() {
        // Lạng Sơn Q2 2022 (seed 000): seven procedures, 110 → 69 days in total; the report printed 35 days, 32 %
        TimeCut review = new TimeCut(List.of(
                new TimeCut.Item("1.000001", 20, 12), new TimeCut.Item("1.000002", 15, 10),
                new TimeCut.Item("1.000003", 15, 10), new TimeCut.Item("1.000004", 15, 10),
                new TimeCut.Item("1.000005", 15, 9), new TimeCut.Item("1.000006", 15, 9),
                new TimeCut.Item("1.000007", 15, 9)));

        assertThat(review.daysBefore()).isEqualTo(110);
        assertThat(review.daysAfter()).isEqualTo(69);
        assertThat(review.daysCut()).isEqualTo(41);
        assertThat(review.percentCut()).contains(new BigDecimal("37.3"));
    }

    @ParameterizedTest(name = "{0} → {1} days: {2} cut, {3} %")
    @CsvSource({
            "10, 10, 0, 0.0",     // reviewed, nothing cut
            "3, 0, 3, 100.0",     // became an on-the-spot procedure
            "3, 2, 1, 33.3",      // 33.33… rounds down
            "3, 1, 2, 66.7",      // 66.66… rounds up
            "8, 7, 1, 12.5",      // exact
            "40, 39, 1, 2.5",
            "200, 199, 1, 0.5",   // half up: 0.5 exactly
            "2000, 1999, 1, 0.1", // 0.05 rounds half up to 0.1
    })
    void theShareCutIsRoundedHalfUpToOneDecimal(int before, int after, int cut, String percent) {
        TimeCut review = new TimeCut(List.of(new TimeCut.Item("1.004227", before, after)));

        assertThat(review.daysCut()).isEqualTo(cut);
        assertThat(review.percentCut()).contains(new BigDecimal(percent));
    }

    @Test
    void withNothingBeforeThereIsNoShareToGive() {
        TimeCut review = new TimeCut(List.of(new TimeCut.Item("1.004227", 0, 0)));

        assertThat(review.daysCut()).isZero();
        assertThat(review.percentCut()).isEmpty();
    }

    @Test
    void aCutNeverLengthensAProcedure() {
        assertThatThrownBy(() -> new TimeCut.Item("1.004227", 10, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 → 11");
    }

    @Test
    void aReviewCoversAtLeastOneProcedure() {
        assertThatThrownBy(() -> new TimeCut(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
