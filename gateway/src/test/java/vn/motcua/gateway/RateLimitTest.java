package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class RateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.gateway.rate-limit.requests-per-second", "1",
                    "motcua.gateway.rate-limit.burst", "3");
        }
    }

    @Test
    void clientOverItsLimitGets429ProblemWithRetryAfter() {
        List<Response> responses = burst(Tokens.user("hasty").roles("citizen").sign(), 8);

        assertThat(responses.subList(0, 3)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        Response limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        limited.then().contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:rate-limited"))
                .body("status", equalTo(429));
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        burst(Tokens.user("greedy").roles("citizen").sign(), 8);

        given().auth().oauth2(Tokens.user("patient").roles("citizen").sign())
                .get("/api/dossiers/D-1")
                .then().statusCode(200);
    }

    @Test
    void anonymousCallersOfThePublicCatalogueAreLimitedByTheirAddress() {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            responses.add(given().get("/api/catalog/public/20/procedures?q=giay%20phep"));
        }

        assertThat(responses.subList(0, 3)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        Response limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        limited.then().contentType("application/problem+json").body("type", equalTo("urn:mot-cua:problem:rate-limited"));
        // a signed-in caller from the same address has a bucket of its own
        given().auth().oauth2(Tokens.user("citizen-same-address").roles("citizen").sign())
                .get("/api/catalog/public/20/procedures").then().statusCode(200);
    }

    private static List<Response> burst(String token, int count) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(given().auth().oauth2(token).get("/api/dossiers/D-1"));
        }
        return responses;
    }
}
