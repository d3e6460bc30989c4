package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/** Chỉ số 5 (Circular 01/2018/TT-VPCP Art. 13, per unit Art. 14 cl. 2). */
class OneStopResolutionIndicatorTest {
    private final OneStopResolutionIndicator indicator = new OneStopResolutionIndicator();

    @ParameterizedTest(name = "{1}/{0} on the spot, {2} received and {3} returned elsewhere -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 20 % exactly: 2
            10 | 2 | 0 | 0 | 2 | 2/10 TTHC giải quyết tại chỗ (từ 20% trở lên)
            # at 20 % the dossiers outside the desk do not matter
            10 | 2 | 3 | 1 | 2 | 2/10 TTHC giải quyết tại chỗ (từ 20% trở lên)
            # 19 %: every dossier through the desk -> 1
            21 | 4 | 0 | 0 | 1 | 4/21 TTHC giải quyết tại chỗ (dưới 20%); 100% hồ sơ tiếp nhận và trả kết quả tại Bộ phận Một cửa
            10 | 1 | 1 | 0 | 0 | 1/10 TTHC giải quyết tại chỗ (dưới 20%); 1 hồ sơ tiếp nhận, 0 hồ sơ trả kết quả ngoài Bộ phận Một cửa
            10 | 0 | 0 | 2 | 0 | 0/10 TTHC giải quyết tại chỗ (dưới 20%); 0 hồ sơ tiếp nhận, 2 hồ sơ trả kết quả ngoài Bộ phận Một cửa
            """)
    void fourOnTheSpotOrEverythingThroughTheDesk(int total, int onTheSpot, int receivedOutside, int returnedOutside,
            int points, String reason) {
        UnitPeriodFacts facts = Units.facts(Units.procedures(total, onTheSpot, 0, OnlineMode.NONE), 50, 0,
                receivedOutside, returnedOutside, 0, List.of());

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(5, points, reason));
    }

    @Test
    void noProcedureHasNoData() {
        assertThat(indicator.evaluate(Units.facts(List.of(), 5, 0, 0, 0, 0, List.of()), VN))
                .isEqualTo(IndicatorResult.noData(5, "Không có TTHC đang có hiệu lực"));
    }
}
