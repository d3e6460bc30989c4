package vn.motcua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {
    @Test
    void claimsAsJsonStringsAreReadWithoutTheirQuotes() {
        Map<String, Object> claims = Map.of("province", Json.createValue("20"), "agency", Json.createValue("SKHCN-20"));
        Caller caller = Caller.fromClaims("xuly.ls", claims::get, Set.of(Roles.PROCESSING_OFFICER));

        assertThat(caller.province()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("20"));
        assertThat(caller.agency()).contains("SKHCN-20");
        assertThat(caller.unit()).isEmpty();
    }

    @Test
    void aProvinceClaimThatIsNotTwoDigitsCountsAsNone() {
        for (Object bad : new Object[] {"2", "020", "20 ", "L", Json.createValue(20), "", null}) {
            Map<String, Object> claims = new java.util.HashMap<>();
            claims.put("province", bad);
            assertThat(Caller.fromClaims("x", claims::get, Set.of()).province()).as("claim %s", bad)
                    .isEmpty();
        }
    }
}
