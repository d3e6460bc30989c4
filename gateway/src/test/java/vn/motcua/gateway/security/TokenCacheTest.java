package vn.motcua.gateway.security;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.gateway.FakeUpstream;
import vn.motcua.platform.bearer.CachedBearerIdentities;
import vn.motcua.testing.Tokens;

/**
 * The verified-token cache seen from outside: what it lets through is only what the verifier would, at the moment
 * of the request.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class TokenCacheTest {

    @Inject
    CachedBearerIdentities cache;

    @Test
    void aVerifiedTokenIsKeptAndServesTheNextRequests() {
        String token = Tokens.user("cached").roles("reception-officer").province("20").sign();
        int before = cache.size();

        given().auth().oauth2(token).get("/api/dossiers/D-1").then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
        assertThat(cache.size()).isEqualTo(before + 1);
        given().auth().oauth2(token).get("/api/dossiers/D-2").then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
        assertThat(cache.size()).isEqualTo(before + 1);
    }

    @Test
    void theForgedTwinOfACachedTokenIsRefused() {
        String token = Tokens.user("twin").roles("province-admin").province("20").sign();
        given().auth().oauth2(token).get("/api/dossiers/D-1").then().statusCode(200);

        // same header and claims, signed by a key the realm never had
        String twin = Tokens.forgedTwin(token);
        assertThat(twin).isNotEqualTo(token).startsWith(token.substring(0, token.lastIndexOf('.') + 1));

        assertUnauthorizedWithoutCallingTheService(twin);
        // and the twin is not remembered as verified either
        assertUnauthorizedWithoutCallingTheService(twin);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant issued = Instant.now();
        String token = Tokens.user("short").roles("reception-officer").province("20")
                .issued(issued, Duration.ofSeconds(6)).sign();
        given().auth().oauth2(token).get("/api/dossiers/D-1").then().statusCode(200);

        // exp is issued + 6 s in whole seconds; past it (and with no lifespan grace configured) the verifier refuses
        Instant pastExpiry = Instant.ofEpochSecond(issued.getEpochSecond() + 7);
        while (Instant.now().isBefore(pastExpiry)) {
            Thread.sleep(Duration.between(Instant.now(), pastExpiry).toMillis() + 10);
        }

        assertUnauthorizedWithoutCallingTheService(token);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedAndNotKept() {
        int before = cache.size();
        String foreign = Tokens.user("elsewhere").roles("province-admin").province("20")
                .issuer("https://other-realm.example.com").sign();

        assertUnauthorizedWithoutCallingTheService(foreign);
        assertUnauthorizedWithoutCallingTheService(foreign);
        assertThat(cache.size()).isEqualTo(before);
    }

    @Test
    void aTokenForAnotherAudienceIsNotKept() {
        int before = cache.size();
        String other = Tokens.user("other-app").roles("province-admin").province("20").audience("other-app").sign();

        assertUnauthorizedWithoutCallingTheService(other);
        assertThat(cache.size()).isEqualTo(before);
    }

    private static void assertUnauthorizedWithoutCallingTheService(String token) {
        int before = received();
        given().auth().oauth2(token).get("/api/dossiers/D-1")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo("The bearer token is invalid, expired or not issued for mot-cua."));
        assertThat(received()).isEqualTo(before);
    }

    private static int received() {
        String url = ConfigProvider.getConfig().getValue("motcua.gateway.routes.dossiers.url", String.class);
        return get(url + "/__received").then().statusCode(200).extract().path("count");
    }
}
