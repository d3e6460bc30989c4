package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.Mechanism;

class MechanismRuleTest {
    // 61/2018 Art. 3 cl. 2: liên thông = several competent agencies
    @ParameterizedTest(name = "{0} with [{1}]: {2}")
    @CsvSource({
            "ONE_STOP,        '',                ALLOWED",
            "ONE_STOP,        SYT-20,            cooperatingAgencies",
            "INTER_CONNECTED, SYT-20,            ALLOWED",
            "INTER_CONNECTED, SYT-20;CA-20,      ALLOWED",
            "INTER_CONNECTED, '',                cooperatingAgencies",
    })
    void anInterConnectedProcedureNamesItsCooperatingAgenciesAndAOneStopOneNone(Mechanism mechanism,
            String agencies, String expected) {
        List<String> list = agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split(";"));
        assertThat(MechanismRule.check(mechanism, list).map(RuleViolation::field).orElse("ALLOWED"))
                .isEqualTo(expected);
    }
}
