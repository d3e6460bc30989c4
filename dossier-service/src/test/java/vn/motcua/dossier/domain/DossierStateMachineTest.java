package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transitions of Decree 118/2025 Art. 15-24, one row per case. */
class DossierStateMachineTest {
    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource(nullValues = "NONE", textBlock = """
            # a dossier's life opens at the desk (accepted) or online / by post (submitted, Art. 17 cl. 2)
            NONE,                 RECEIVE,            RECEIVED
            NONE,                 SUBMIT,             SUBMITTED
            NONE,                 RESOLVE,            ILLEGAL
            NONE,                 REQUEST_PAPERS,     ILLEGAL
            # reception of a submitted dossier: accept, ask for papers, refuse (Art. 17 cl. 1-2)
            SUBMITTED,            RECEIVE,            RECEIVED
            SUBMITTED,            REQUEST_PAPERS,     PAPERS_REQUESTED
            SUBMITTED,            REFUSE,             REFUSED
            SUBMITTED,            RESOLVE,            ILLEGAL
            SUBMITTED,            HAND_OVER,          ILLEGAL
            PAPERS_REQUESTED,     ADD_PAPERS,         SUBMITTED
            PAPERS_REQUESTED,     RECEIVE,            ILLEGAL
            PAPERS_REQUESTED,     REFUSE,             REFUSED
            PAPERS_REQUESTED,     CLOSE,              CLOSED
            REFUSED,              RECEIVE,            ILLEGAL
            REFUSED,              WITHDRAW,           ILLEGAL
            # appraisal (Art. 18-19)
            RECEIVED,             HAND_OVER,          IN_APPRAISAL
            RECEIVED,             RECEIVE,            ILLEGAL
            RECEIVED,             RESOLVE,            RESOLVED
            IN_APPRAISAL,         HAND_OVER,          IN_APPRAISAL
            IN_APPRAISAL,         REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED
            IN_APPRAISAL,         EXTEND,             IN_APPRAISAL
            RECEIVED,             EXTEND,             RECEIVED
            IN_APPRAISAL,         RESOLVE,            RESOLVED
            IN_APPRAISAL,         CLOSE,              ILLEGAL
            SUPPLEMENT_REQUESTED, SUPPLEMENT,         IN_APPRAISAL
            SUPPLEMENT_REQUESTED, RESOLVE,            ILLEGAL
            SUPPLEMENT_REQUESTED, EXTEND,             ILLEGAL
            SUPPLEMENT_REQUESTED, CLOSE,              CLOSED
            # the result and its return (Art. 22)
            RESOLVED,             RETURN,             RETURNED
            RESOLVED,             RESOLVE,            ILLEGAL
            RESOLVED,             EXTEND,             ILLEGAL
            RESOLVED,             PAY,                RESOLVED
            RETURNED,             RETURN,             ILLEGAL
            RETURNED,             PAY,                ILLEGAL
            # the applicant stops it until the decision (Art. 21), not after
            SUBMITTED,            WITHDRAW,           WITHDRAWN
            IN_APPRAISAL,         WITHDRAW,           WITHDRAWN
            SUPPLEMENT_REQUESTED, WITHDRAW,           WITHDRAWN
            RESOLVED,             WITHDRAW,           ILLEGAL
            WITHDRAWN,            RECEIVE,            ILLEGAL
            CLOSED,               SUPPLEMENT,         ILLEGAL
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

    @Test
    void aConsoleIsOfferedOnlyWhatTheStateAllows() {
        assertThat(DossierStateMachine.allowedIn(DossierStatus.SUBMITTED)).containsExactlyInAnyOrder(
                DossierAction.RECEIVE, DossierAction.REQUEST_PAPERS, DossierAction.REFUSE, DossierAction.WITHDRAW,
                DossierAction.PAY);
        assertThat(DossierStateMachine.allowedIn(DossierStatus.RESOLVED)).containsExactlyInAnyOrder(
                DossierAction.RETURN, DossierAction.PAY);
        assertThat(DossierStateMachine.allowedIn(DossierStatus.RETURNED)).isEmpty();
    }

    @Test
    void theRefusalSaysWhatWasTriedInWhichState() {
        assertThatThrownBy(() -> DossierStateMachine.apply(DossierStatus.RETURNED, DossierAction.RETURN))
                .hasMessage("cannot return a dossier that is returned");
        assertThatThrownBy(() -> DossierStateMachine.apply(Optional.empty(), DossierAction.RESOLVE))
                .hasMessage("a dossier's history must start with its submission or reception, not resolve");
    }
}
