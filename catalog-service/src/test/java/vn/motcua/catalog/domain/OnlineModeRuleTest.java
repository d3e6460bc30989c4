package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.OnlineMode;

class OnlineModeRuleTest {
    // Decree 43/2011 Art. 3 (levels) until Decree 42/2022 Art. 11 (toàn trình / một phần) took effect, 01/8/2022
    @ParameterizedTest(name = "{0} effective {1}: {2}")
    @CsvSource({
            "LEVEL_3, 2022-07-31, ALLOWED",   // the last day of the levels (Lạng Sơn Q2 2022: 3 at level 3, 41 at 4)
            "LEVEL_4, 2022-07-31, ALLOWED",
            "LEVEL_2, 2019-01-01, ALLOWED",
            "LEVEL_4, 2022-08-01, onlineMode", // Decree 42/2022 in force: levels no longer exist
            "PARTIAL, 2022-07-31, onlineMode", // one day too early for the new terms
            "FULL,    2022-08-01, ALLOWED",
            "PARTIAL, 2026-03-02, ALLOWED",
            "NONE,    2019-01-01, ALLOWED",    // not online: the same under both
            "NONE,    2026-03-02, ALLOWED",
    })
    void theModeIsNamedInTheTermsOfTheLawOnTheEffectiveDate(OnlineMode mode, LocalDate effectiveFrom,
            String expected) {
        assertThat(OnlineModeRule.check(mode, effectiveFrom).map(RuleViolation::field).orElse("ALLOWED"))
                .isEqualTo(expected);
    }
}
