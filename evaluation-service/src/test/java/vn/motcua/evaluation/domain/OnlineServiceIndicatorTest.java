package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/** Chỉ số 9 (Circular 01/2018/TT-VPCP Art. 13, per unit Art. 14 cl. 2): 10 procedures, 100 dossiers received. */
class OnlineServiceIndicatorTest {
    private final OnlineServiceIndicator indicator = new OnlineServiceIndicator();

    @ParameterizedTest(name = "{0} online ({1}), {2}% online dossiers, {3} late -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | FULL    | 30 | 0 | 2
            2 | LEVEL_3 | 30 | 0 | 2
            2 | LEVEL_4 | 45 | 0 | 2
            2 | PARTIAL | 30 | 0 | 2
            # level 2 is not online service in the law's sense
            2 | LEVEL_2 | 30 | 0 | 0
            # one online dossier late
            2 | FULL    | 30 | 1 | 0
            # 10 % of procedures online: not 2; 29 % online dossiers: not 2
            1 | FULL    | 30 | 0 | 1
            2 | FULL    | 29 | 0 | 1
            1 | FULL    | 15 | 0 | 1
            1 | FULL    | 14 | 0 | 0
            0 | FULL    | 40 | 0 | 0
            """)
    void onlineProceduresOnlineDossiersAndNoneLate(int online, OnlineMode mode, int onlineDossiers, int late,
            int points) {
        UnitPeriodFacts facts = Units.facts(Units.procedures(10, 0, online, mode), 100, onlineDossiers, 0, 0, late,
                List.of());

        IndicatorResult result = indicator.evaluate(facts, VN);

        assertThat(result.points()).isEqualTo(points);
        assertThat(result.indicator()).isEqualTo(9);
    }

    @Test
    void theReasonGivesTheThreeCounts() {
        UnitPeriodFacts facts = Units.facts(Units.procedures(10, 0, 2, OnlineMode.FULL), 100, 30, 0, 0, 0, List.of());

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(9, 2,
                "2/10 TTHC trực tuyến mức độ 3, 4 (toàn trình, một phần); 30/100 hồ sơ nộp trực tuyến; 0 hồ sơ trực "
                        + "tuyến quá hạn"));
    }

    @Test
    void withoutProceduresOrDossiersTheSharesCannotBeFormed() {
        assertThat(indicator.evaluate(Units.facts(List.of(), 10, 5, 0, 0, 0, List.of()), VN))
                .isEqualTo(IndicatorResult.noData(9, "Không có TTHC đang có hiệu lực"));
        assertThat(indicator.evaluate(Units.facts(Units.procedures(10, 0, 5, OnlineMode.FULL), 0, 0, 0, 0, 0,
                List.of()), VN)).isEqualTo(IndicatorResult.noData(9, "Không tiếp nhận hồ sơ nào trong kỳ"));
    }
}
