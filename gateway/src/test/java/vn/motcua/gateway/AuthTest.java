package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class AuthTest {

    @Test
    void missingTokenIsRejectedBeforeTheServiceIsCalled() {
        assertUnauthorizedWithoutCallingTheService(given());
    }

    @Test
    void forgedTokenIsRejectedBeforeTheServiceIsCalled() {
        String forged = Tokens.user("mallory").roles("province-admin").province("20").signWithForeignKey();
        assertUnauthorizedWithoutCallingTheService(given().auth().oauth2(forged));
    }

    @Test
    void expiredTokenIsRejectedBeforeTheServiceIsCalled() {
        String expired = Tokens.user("late").roles("reception-officer").province("20")
                .issued(Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5)).sign();
        assertUnauthorizedWithoutCallingTheService(given().auth().oauth2(expired));
    }

    @Test
    void tokenForAnotherAudienceIsRejectedBeforeTheServiceIsCalled() {
        String other = Tokens.user("elsewhere").roles("reception-officer").province("20").audience("other-app").sign();
        assertUnauthorizedWithoutCallingTheService(given().auth().oauth2(other));
    }

    @Test
    void publicCatalogueIsReadableWithoutAToken() {
        given().get("/api/catalog/public/procedures")
                .then().statusCode(200)
                .body("path", equalTo("/api/catalog/public/procedures"));
    }

    @Test
    void restOfTheCatalogueNeedsAToken() {
        given().get("/api/catalog/procedures").then().statusCode(401);
    }

    @Test
    void publicCatalogueIsReadOnlyEvenWithAToken() {
        int before = Upstream.received();
        given().contentType("application/json").body("{}")
                .post("/api/catalog/public/procedures")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("application/json").body("{}")
                .post("/api/catalog/public/procedures")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:forbidden"))
                .body("status", equalTo(403));
        assertThat(Upstream.received()).isEqualTo(before);
    }

    @Test
    void invalidTokenIsRejectedEvenOnPublicPaths() {
        given().auth().oauth2(Tokens.user("mallory").signWithForeignKey())
                .get("/api/catalog/public/procedures")
                .then().statusCode(401);
    }

    private static void assertUnauthorizedWithoutCallingTheService(RequestSpecification request) {
        int before = Upstream.received();
        request.contentType("application/json").body("{\"procedure\":\"1.001\"}")
                .post("/api/dossiers")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Correlation-Id", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/dossiers"));
        assertThat(Upstream.received()).isEqualTo(before);
    }
}
