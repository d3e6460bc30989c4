package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ReturnMethod;

/** Decree 118/2025 Art. 22: an electronic result may be returned online; a paper one at the desk or by post. */
class OnlineReturnTest {
    @ParameterizedTest(name = "{0}, electronic {1}: allowed {2}")
    @CsvSource(textBlock = """
            DESK,   false, true
            POST,   false, true
            ONLINE, true,  true
            DESK,   true,  true
            ONLINE, false, false
            """)
    void onlineOnlyForAnElectronicResult(ReturnMethod method, boolean electronic, boolean allowed) {
        assertThat(OnlineReturn.problem(method, electronic).isEmpty()).isEqualTo(allowed);
    }
}
