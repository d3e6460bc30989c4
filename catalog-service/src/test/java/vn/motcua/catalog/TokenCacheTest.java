package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.motcua.catalog.OrganisationFixtures.agencyBody;
import static vn.motcua.catalog.OrganisationFixtures.agencyCode;
import static vn.motcua.catalog.OrganisationFixtures.createAgency;
import static vn.motcua.catalog.OrganisationFixtures.officialCode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.bearer.CachedBearerIdentities;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * A service verifies each bearer token once (commons' BearerTokensOnce, with the real Quarkus OIDC): what the cache
 * lets through is only what the verifier would, at the moment of the request, and as the identity of that token.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TokenCacheTest {
    private static final String LANG_SON = "20";
    private static final String CAO_BANG = "04";
    private static final String AGENCIES = "/api/catalog/agencies";
    private static final String REFUSED = "The bearer token is invalid, expired or not issued for mot-cua.";

    @Inject
    CachedBearerIdentities cache;

    @Test
    void aTokenIsVerifiedOnceAndServesTheNextRequests() {
        String token = Tokens.user("cached-20").roles("reception-officer").province(LANG_SON).sign();

        list(token).statusCode(200);
        list(token).statusCode(200);
        list(token).statusCode(200);

        assertThat(CountedVerifications.of("cached-20")).isEqualTo(1);
    }

    @Test
    void theForgedTwinOfACachedTokenIsRefused() {
        String token = Tokens.user("twin-20").roles("province-admin").province(LANG_SON).sign();
        list(token).statusCode(200);
        String twin = Tokens.forgedTwin(token);
        assertThat(twin).isNotEqualTo(token).startsWith(token.substring(0, token.lastIndexOf('.') + 1));
        int kept = cache.size();

        assertRefused(list(twin));
        // and the twin is not remembered as verified either
        assertRefused(list(twin));
        assertThat(cache.size()).isEqualTo(kept);
        list(token).statusCode(200);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant issued = Instant.now();
        String token = Tokens.user("short-20").roles("reception-officer").province(LANG_SON)
                .issued(issued, Duration.ofSeconds(5)).sign();
        list(token).statusCode(200);
        list(token).statusCode(200);
        assertThat(CountedVerifications.of("short-20")).isEqualTo(1);

        // exp is issued + 5 s in whole seconds; past it (no lifespan grace is configured) the verifier refuses
        Instant pastExpiry = Instant.ofEpochSecond(issued.getEpochSecond() + 6);
        while (Instant.now().isBefore(pastExpiry)) {
            Thread.sleep(Duration.between(Instant.now(), pastExpiry).toMillis() + 10);
        }

        assertRefused(list(token));
        assertRefused(list(token));
    }

    @Test
    void tokensOfAnotherAudienceOrIssuerAreRefusedAndNotKept() {
        int kept = cache.size();
        String otherAudience = Tokens.user("other-app").roles("province-admin").province(LANG_SON)
                .audience("other-app").sign();
        String otherIssuer = Tokens.user("elsewhere").roles("province-admin").province(LANG_SON)
                .issuer("https://other-realm.example.com").sign();

        for (int i = 0; i < 2; i++) {
            assertRefused(list(otherAudience));
            assertRefused(list(otherIssuer));
        }
        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void twoCachedTokensKeepTheirOwnProvinceAndRoles() {
        String langSonAgency = createAgency(LANG_SON, null);
        String caoBangAgency = createAgency(CAO_BANG, null);
        String officer = Tokens.user("officer-20").roles("reception-officer").province(LANG_SON).sign();
        String admin = Tokens.user("head-04").roles("province-admin").province(CAO_BANG).sign();
        list(officer).statusCode(200);
        list(admin).statusCode(200);

        for (int i = 0; i < 2; i++) {
            list(officer).statusCode(200).body("province", everyItem(equalTo("20")))
                    .body("code", hasItem(langSonAgency)).body("code", not(hasItem(caoBangAgency)));
            list(admin).statusCode(200).body("province", everyItem(equalTo("04")))
                    .body("code", hasItem(caoBangAgency)).body("code", not(hasItem(langSonAgency)));
            create(officer).statusCode(403).body("type", equalTo("urn:mot-cua:problem:forbidden"));
            create(admin).statusCode(201).body("province", equalTo("04"));
        }
        assertThat(CountedVerifications.of("officer-20")).isEqualTo(1);
        assertThat(CountedVerifications.of("head-04")).isEqualTo(1);
    }

    private static ValidatableResponse list(String token) {
        return given().auth().oauth2(token).header("X-Correlation-Id", "token-cache-test").get(AGENCIES).then();
    }

    private static ValidatableResponse create(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(agencyBody(agencyCode(), officialCode(), null)).post(AGENCIES).then();
    }

    /** The answer every refused token got before the cache, byte for byte. */
    private static void assertRefused(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:mot-cua:problem:unauthorized\",\"title\":\"Unauthorized\","
                        + "\"status\":401,\"detail\":\"" + REFUSED + "\",\"instance\":\"" + AGENCIES + "\","
                        + "\"correlationId\":\"token-cache-test\"}"));
    }
}
