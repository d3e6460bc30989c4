package vn.motcua.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.domain.Index766;
import vn.motcua.evaluation.domain.Index766Inputs;
import vn.motcua.events.ScorecardChanged.IndexGroup;

/** The Decision 766 groups a ScorecardChanged carries (issue 16), from the index of the same period. */
class ScorecardIndexGroupsTest {
    @Test
    void eachGroupWithItsPointsAndTheMaximumOfItsSubIndicatorsWithData() {
        // Index766Test's quarter: 25 procedures (20 on time, all complete, 16 online, 8 used, none with a fee), 100
        // received (30 online, 10 reusing), 40 resolved (30 on time in the 766 view, 2 late, 40 e-results, 24
        // digitised), 10 paid (5 online), 4 feedback (3 in time), 10 ratings (1 dissatisfied)
        Index766Inputs quarter = new Index766Inputs(25, 20, 25, 100, null, 40, 30, 16, 8, 30, 0, 0, 10, 5, 40, 24, 10,
                4, 3, 10, 1, 2);

        assertThat(Scorecards.indexGroups(Index766.compute(quarter))).containsExactly(
                // 1.2 (national database) and 1.4 (portal sync) have no data: 4 + 6 of 18
                new IndexGroup(1, "Công khai, minh bạch", new BigDecimal("9.20"), new BigDecimal("10")),
                // 2.2 has no data without the resolution days
                new IndexGroup(2, "Tiến độ, kết quả giải quyết", new BigDecimal("15.00"), new BigDecimal("20")),
                new IndexGroup(3, "Cung cấp dịch vụ trực tuyến", new BigDecimal("14.90"), new BigDecimal("22")),
                // 4.4 (population database) has no data
                new IndexGroup(4, "Số hóa hồ sơ", new BigDecimal("11.25"), new BigDecimal("18")),
                // 5.2 (satisfaction with the handling of feedback) has no data
                new IndexGroup(5, "Mức độ hài lòng", new BigDecimal("10.17"), new BigDecimal("12")));
    }
}
