package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.RuleSet;

class RuleSetOfReceptionTest {

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource(textBlock = """
            # Decree 61/2018 Art. 38: in force from 21/6/2018
            2018-06-21, DECREE_61_2018
            2022-06-14, DECREE_61_2018
            # the last day of 61/2018 (Decree 118/2025 Art. 40 cl. 1: it ceases on 1/7/2025)
            2025-06-30, DECREE_61_2018
            2025-07-01, DECREE_118_2025
            2026-11-29, DECREE_118_2025
            """)
    void aDossierIsHandledUnderTheRulesOfItsReceptionDay(LocalDate day, RuleSet expected) {
        assertThat(RuleSetOfReception.on(day)).isEqualTo(expected);
    }

    @Test
    void aDayBeforeDecree61HasNoRuleSetHere() {
        assertThatThrownBy(() -> RuleSetOfReception.on(LocalDate.of(2018, 6, 20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-06-21");
    }
}
