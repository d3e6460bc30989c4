package vn.motcua.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

    @ParameterizedTest(name = "Origin {0} to Host {1}: {2}")
    @CsvSource(nullValues = "NONE", value = {
            "http://localhost:8080, localhost:8080, true",
            "http://LOCALHOST:8080, localhost:8080, true",
            "https://motcua.langson.gov.vn, motcua.langson.gov.vn, true",
            "https://motcua.langson.gov.vn:443, motcua.langson.gov.vn, true",
            "http://localhost:8081, localhost:8080, false",
            "http://evil.example, localhost:8080, false",
            "http://localhost:8080.evil.example, localhost:8080, false",
            "null, localhost:8080, false",
            "NONE, localhost:8080, false",
            "http://localhost:8080/path, localhost:8080, false",
            "http://localhost:8080, localhost:abc, false",
            "not a url, localhost:8080, false",
    })
    void aSessionWriteMustComeFromTheGatewaysOwnOrigin(String origin, String host, boolean allowed) {
        assertThat(SameOrigin.allows(origin, host)).isEqualTo(allowed);
    }
}
