package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyHierarchyTest {
    // SKHCN (a Sở) ← CCTDC (its Chi cục) ← TRAM (a station under the Chi cục); SYT another Sở
    private static final Map<String, String> PARENTS = Map.of("CCTDC", "SKHCN", "TRAM", "CCTDC");

    @ParameterizedTest(name = "{1} as parent of {0} closes a loop: {2}")
    @CsvSource({
            "CCTDC, SKHCN, false",   // as it is
            "TRAM,  SKHCN, false",   // moved up a level
            "SYT,   SKHCN, false",   // a Sở under another Sở: odd, but no loop
            "SKHCN, SKHCN, true",    // itself
            "SKHCN, CCTDC, true",    // its own Chi cục
            "SKHCN, TRAM,  true",    // a descendant two levels down
            "CCTDC, TRAM,  true"
    })
    void aParentMayNotBeTheAgencyOrItsDescendant(String agency, String parent, boolean loop) {
        assertThat(AgencyHierarchy.closesLoop(agency, parent, c -> Optional.ofNullable(PARENTS.get(c))))
                .isEqualTo(loop);
    }

    @ParameterizedTest(name = "a register that already loops ({0}) is not walked forever")
    @CsvSource({"X", "Y"})
    void anExistingLoopEndsTheWalk(String start) {
        Map<String, String> looping = Map.of("X", "Y", "Y", "X");

        assertThat(AgencyHierarchy.closesLoop("NEW", start, c -> Optional.ofNullable(looping.get(c)))).isTrue();
    }
}
