package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierStateMachineTest {
    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "RECEIVED, RESOLVE, RESOLVED",
            "RESOLVED, RESOLVE, ILLEGAL",
    })
    void onlyAllowedTransitionsHappen(DossierStatus from, DossierAction action, String expected) {
        if (expected.equals("ILLEGAL")) {
            assertThatThrownBy(() -> DossierStateMachine.apply(from, action))
                    .isInstanceOf(IllegalTransitionException.class);
        } else {
            assertThat(DossierStateMachine.apply(from, action)).isEqualTo(DossierStatus.valueOf(expected));
        }
    }
}
