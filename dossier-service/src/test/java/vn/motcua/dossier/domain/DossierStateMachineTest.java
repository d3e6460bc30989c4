package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierStateMachineTest {
    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource(nullValues = "NONE", textBlock = """
            # before anything: only the reception opens a dossier's life
            NONE,     RECEIVE, RECEIVED
            NONE,     RESOLVE, ILLEGAL
            RECEIVED, RESOLVE, RESOLVED
            RECEIVED, RECEIVE, ILLEGAL
            RESOLVED, RESOLVE, ILLEGAL
            RESOLVED, RECEIVE, ILLEGAL
            """)
    void onlyAllowedTransitionsHappen(DossierStatus from, DossierAction action, String expected) {
        if (expected.equals("ILLEGAL")) {
            assertThatThrownBy(() -> DossierStateMachine.apply(Optional.ofNullable(from), action))
                    .isInstanceOf(IllegalTransitionException.class);
        } else {
            assertThat(DossierStateMachine.apply(Optional.ofNullable(from), action))
                    .isEqualTo(DossierStatus.valueOf(expected));
        }
    }
}
