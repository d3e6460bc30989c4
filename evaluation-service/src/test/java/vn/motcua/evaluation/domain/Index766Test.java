package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision 766/QĐ-TTg (domain.md §6): points = min(1, ratio / fullAt) × max, 2 decimals half up. */
class Index766Test {

    /**
     * An agency's quarter: 25 procedures (20 decided on time, all complete, 16 online of which 8 used, none with a
     * fee), 100 dossiers received (30 online, 10 reusing data), 40 resolved (30 on time in the 766 view, 2 late in
     * law, all with an e-result, 24 digitised), 10 paid (5 online), 4 feedback (3 in time), 10 ratings (1 with a 0).
     */
    private static final Index766Inputs QUARTER = new Index766Inputs(25, 20, 25, 100, null, 40, 30, 16, 8, 30, 0, 0,
            10, 5, 40, 24, 10, 4, 3, 10, 1, 2);

    @Test
    void eachSubIndicatorOfAQuarter() {
        Index766Result result = Index766.compute(QUARTER);

        assertThat(result.policy()).isEqualTo("QD766-2022");
        assertThat(result.groups()).extracting(Index766Result.Group::code, Index766Result.Group::name,
                Index766Result.Group::max, Index766Result.Group::points).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Công khai, minh bạch", bd("18"), bd("9.20")),
                        org.assertj.core.groups.Tuple.tuple(2, "Tiến độ, kết quả giải quyết", bd("20"), bd("15.00")),
                        org.assertj.core.groups.Tuple.tuple(3, "Cung cấp dịch vụ trực tuyến", bd("22"), bd("14.90")),
                        org.assertj.core.groups.Tuple.tuple(4, "Số hóa hồ sơ", bd("22"), bd("11.25")),
                        org.assertj.core.groups.Tuple.tuple(5, "Mức độ hài lòng", bd("18"), bd("10.17")));
        assertThat(subs(result)).extracting(Index766Result.Sub::code, s -> String.valueOf(s.points()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1", "3.20"),
                        org.assertj.core.groups.Tuple.tuple("1.2", "null"),
                        org.assertj.core.groups.Tuple.tuple("1.3", "6.00"),
                        org.assertj.core.groups.Tuple.tuple("1.4", "null"),
                        org.assertj.core.groups.Tuple.tuple("2.1", "15.00"),
                        org.assertj.core.groups.Tuple.tuple("2.2", "null"),
                        org.assertj.core.groups.Tuple.tuple("3.1", "4.80"),
                        org.assertj.core.groups.Tuple.tuple("3.2", "2.00"),
                        org.assertj.core.groups.Tuple.tuple("3.3", "3.60"),
                        org.assertj.core.groups.Tuple.tuple("3.4", "3.00"),
                        org.assertj.core.groups.Tuple.tuple("3.5", "1.50"),
                        org.assertj.core.groups.Tuple.tuple("4.1", "6.00"),
                        org.assertj.core.groups.Tuple.tuple("4.2", "4.50"),
                        org.assertj.core.groups.Tuple.tuple("4.3", "0.75"),
                        org.assertj.core.groups.Tuple.tuple("4.4", "null"),
                        org.assertj.core.groups.Tuple.tuple("5.1", "4.50"),
                        org.assertj.core.groups.Tuple.tuple("5.2", "null"),
                        org.assertj.core.groups.Tuple.tuple("5.3", "5.67"));
        // the sub-indicators without data (1.2, 1.4, 4.4, 5.2) are left out of the maximum: 100 - 18
        assertThat(result.total()).isEqualTo(bd("60.52"));
        assertThat(result.maxAvailable()).isEqualTo(bd("82"));
    }

    @Test
    void aSubIndicatorShowsWhatItCountsOverWhat() {
        Index766Result.Sub online = sub(Index766.compute(QUARTER), "3.3");

        assertThat(online).isEqualTo(new Index766Result.Sub("3.3", "Hồ sơ nộp trực tuyến", 30, 100, bd("0.3000"),
                bd("0.5"), bd("6"), bd("3.60"), "Số hồ sơ trực tuyến / tổng số hồ sơ tiếp nhận (đủ điểm từ 50%)"));
        assertThat(sub(Index766.compute(QUARTER), "1.2")).isEqualTo(new Index766Result.Sub("1.2",
                "Cập nhật, công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC", null, null, null, null, bd("4"), null,
                "Số TTHC được cập nhật lên Cơ sở dữ liệu quốc gia đúng hạn / tổng số TTHC công bố: hệ thống không có "
                        + "dữ liệu"));
    }

    /** 5.3 = 1 − (2/40 late + 1/10 dissatisfied) = 0.85; full at 0.9: 0.85 / 0.9 × 6 = 5.67. */
    @Test
    void satisfactionInReceptionSubtractsBothShares() {
        Index766Result.Sub satisfaction = sub(Index766.compute(QUARTER), "5.3");

        assertThat(satisfaction.ratio()).isEqualTo(bd("0.8500"));
        assertThat(satisfaction.points()).isEqualTo(bd("5.67"));
        assertThat(satisfaction.definition()).isEqualTo("1 − (số hồ sơ quá hạn 2 / số hồ sơ đã giải quyết 40 + số "
                + "đánh giá không hài lòng 1 / số đánh giá 10) (đủ điểm từ 90%)");
    }

    @ParameterizedTest(name = "{0}/{1}, full at {2}, max {3} -> ratio {4}, {5} points")
    @CsvSource({
            "1,  3, 1.0, 4,  0.3333, 1.33",
            "2,  3, 1.0, 6,  0.6667, 4.00",
            "2,  3, 1.0, 20, 0.6667, 13.33",
            // 3.1: full at 80 %: 0.64 / 0.8 × 6
            "16, 25, 0.8, 6, 0.6400, 4.80",
            // above the threshold: capped at the max
            "9,  10, 0.8, 6, 0.9000, 6.00",
            "10, 10, 0.5, 6, 1.0000, 6.00",
            // 3.3: full at 50 %: 0.125 / 0.5 × 6
            "1,  8, 0.5, 6,  0.1250, 1.50",
            // 0.375 exactly: half up
            "1,  8, 1.0, 3,  0.1250, 0.38",
            "0,  5, 1.0, 6,  0.0000, 0.00",
    })
    void pointsAreTheShareOfTheThresholdTimesTheMax(int numerator, int denominator, String fullAt, int max,
            String ratio, String points) {
        Index766Result.Sub sub = Index766.share("x", "x", numerator, denominator, fullAt, max, "x");

        assertThat(sub.ratio()).isEqualTo(bd(ratio));
        assertThat(sub.points()).isEqualTo(bd(points));
    }

    /** Nothing to count (no dossier, no procedure, no feedback): nothing was late, full points, "không phát sinh". */
    @Test
    void aZeroDenominatorEarnsTheFullPoints() {
        Index766Result result = Index766.compute(new Index766Inputs(0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0));

        assertThat(result.total()).isEqualTo(bd("82.00"));
        assertThat(result.maxAvailable()).isEqualTo(bd("82"));
        Index766Result.Sub online = sub(result, "3.3");
        assertThat(online.ratio()).isNull();
        assertThat(online.denominator()).isZero();
        assertThat(online.points()).isEqualTo(bd("6.00"));
        assertThat(online.definition()).startsWith("Không phát sinh trong kỳ: đạt điểm tối đa. ");
        assertThat(sub(result, "5.3").points()).isEqualTo(bd("6.00"));
    }

    @Test
    void theCountsTheInputsDoNotCarryComeAsExtras() {
        Index766Inputs synced = new Index766Inputs(25, 20, 25, 100, 90, 40, 30, 16, 8, 30, 0, 0, 10, 5, 40, 24, 10, 4,
                3, 10, 1, 2);

        Index766Result result = Index766.compute(synced, new Index766Extras(120, 10, 8));

        assertThat(sub(result, "1.4").points()).isEqualTo(bd("3.60"));
        Index766Result.Sub average = sub(result, "2.2");
        assertThat(List.of(average.numerator(), average.denominator())).containsExactly(120, 40);
        assertThat(average.ratio()).isEqualTo(bd("3.0000"));
        assertThat(average.points()).isEqualTo(bd("0.00"));
        assertThat(average.max()).isEqualTo(bd("0"));
        assertThat(sub(result, "5.2").points()).isEqualTo(bd("4.80"));
        // 60.52 + 3.60 (1.4) + 4.80 (5.2); max 82 + 4 + 6
        assertThat(result.total()).isEqualTo(bd("68.92"));
        assertThat(result.maxAvailable()).isEqualTo(bd("92"));
    }

    private static List<Index766Result.Sub> subs(Index766Result result) {
        return result.groups().stream().flatMap(g -> g.subIndicators().stream()).toList();
    }

    private static Index766Result.Sub sub(Index766Result result, String code) {
        return subs(result).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
