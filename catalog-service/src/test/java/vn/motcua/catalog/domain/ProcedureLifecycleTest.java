package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.catalog.domain.ProcedureLifecycle.Action;

class ProcedureLifecycleTest {
    // Decree 63/2010 Art. 15 as amended: published by a decision, changed only by another decision
    @ParameterizedTest(name = "{1} when {0}: {2}")
    @CsvSource({
            "DRAFT,     EDIT_DRAFT, true",
            "DRAFT,     PUBLISH,    true",
            "DRAFT,     AMEND,      false", // nothing published to amend
            "DRAFT,     ABOLISH,    false",
            "PUBLISHED, EDIT_DRAFT, false", // what a decision published is never edited
            "PUBLISHED, PUBLISH,    false",
            "PUBLISHED, AMEND,      true",
            "PUBLISHED, ABOLISH,    true",
            "ABOLISHED, AMEND,      false", // nothing follows an abolition
            "ABOLISHED, ABOLISH,    false",
            "ABOLISHED, PUBLISH,    false",
            "ABOLISHED, EDIT_DRAFT, false",
    })
    void eachActionHasItsStates(ProcedureState state, Action action, boolean allowed) {
        assertThat(ProcedureLifecycle.refusal(state, action).isEmpty()).isEqualTo(allowed);
    }
}
