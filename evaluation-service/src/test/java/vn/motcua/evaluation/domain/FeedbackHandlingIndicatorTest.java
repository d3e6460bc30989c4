package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chỉ số 8 (Circular 01/2018/TT-VPCP Art. 13, per unit Art. 14 cl. 2), read at the end of Lạng Sơn's Q2 2026
 * (14/06/2026). Each item is due on 10/06/2026.
 */
class FeedbackHandlingIndicatorTest {
    private final FeedbackHandlingIndicator indicator = new FeedbackHandlingIndicator();

    @ParameterizedTest(name = "{0} on time, {1} late, {2} open past due, {3} open not yet due -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0 | 0 | 0 | 2 | Không có phản ánh, kiến nghị
            # open but not yet due at the period's end: not judged yet
            0  | 0 | 0 | 2 | 2 | Không có phản ánh, kiến nghị đến hạn xử lý trong kỳ
            3  | 0 | 0 | 1 | 2 | 3/3 phản ánh, kiến nghị xử lý đúng hạn
            # 90 % exactly
            9  | 1 | 0 | 0 | 1 | 9/10 phản ánh, kiến nghị xử lý đúng hạn (từ 90% trở lên)
            8  | 1 | 0 | 0 | 0 | 8/9 phản ánh, kiến nghị xử lý đúng hạn (dưới 90%)
            # one left open past its due date ("kéo dài"): 0 even at 95 %
            19 | 0 | 1 | 0 | 0 | 19/20 phản ánh, kiến nghị xử lý đúng hạn; 1 quá hạn chưa xử lý
            """)
    void allOnTimeTwoNinetyPercentOneElseZero(int onTime, int late, int openPastDue, int openNotDue, int points,
            String reason) {
        List<UnitPeriodFacts.FeedbackItem> items = new ArrayList<>();
        for (int i = 0; i < onTime; i++) {
            items.add(item("2026-06-01T09:00", "2026-06-10T17:00", "2026-06-10T16:00"));
        }
        for (int i = 0; i < late; i++) {
            items.add(item("2026-06-01T09:00", "2026-06-10T17:00", "2026-06-11T09:00"));
        }
        for (int i = 0; i < openPastDue; i++) {
            items.add(item("2026-06-01T09:00", "2026-06-10T17:00", null));
        }
        for (int i = 0; i < openNotDue; i++) {
            items.add(item("2026-06-10T09:00", "2026-07-01T17:00", null));
        }
        UnitPeriodFacts facts = Units.facts(List.of(), 0, 0, 0, 0, 0, items);

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(8, points, reason));
    }

    /** The state at the period's end: handled after 14/06 is still open for Q2; due on 14/06 and open is past due. */
    @Test
    void theStateIsReadAtThePeriodsLastDay() {
        UnitPeriodFacts facts = Units.facts(List.of(), 0, 0, 0, 0, 0,
                List.of(item("2026-05-20T09:00", "2026-06-10T17:00", "2026-06-20T09:00"),
                        item("2026-05-25T09:00", "2026-06-14T17:00", null)));

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(8, 0,
                "0/2 phản ánh, kiến nghị xử lý đúng hạn; 2 quá hạn chưa xử lý"));
    }

    private static UnitPeriodFacts.FeedbackItem item(String received, String due, String handled) {
        return new UnitPeriodFacts.FeedbackItem(UUID.randomUUID(), Dossiers.at(received), Dossiers.at(due),
                Dossiers.atOrNull(handled));
    }
}
