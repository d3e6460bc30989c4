package vn.motcua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

/** A caller that announces a body and sends only part of it is answered 408 and never reaches the service. */
@QuarkusTest
@TestProfile(SlowBodyTest.ShortBodyTimeout.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class SlowBodyTest {

    public static class ShortBodyTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.gateway.limits.body-timeout", "1s");
        }
    }

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void bodyThatStopsHalfwayIs408ProblemAndTheConnectionIsClosed() {
        int before = Upstream.received();
        try (RawHttp http = RawHttp.open(gateway)) {
            RawHttp.Answer answer = http.send("POST /api/dossiers HTTP/1.1\r\nHost: gateway\r\n"
                    + "Authorization: Bearer " + Tokens.receptionOfficer("20") + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"half\":").read();

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(answer.json().getString("type")).isEqualTo("urn:mot-cua:problem:request-timeout");
            assertThat(answer.json().getString("detail")).isEqualTo("The whole body must arrive within 1000 ms.");
            assertThat(http.closedByGateway()).isTrue();
        }
        assertThat(Upstream.received()).isEqualTo(before);
    }
}
