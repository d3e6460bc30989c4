package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 item 7: the public dossier status lookup ({@code GET /api/public/dossiers/{code}?secret=...}) reaches
 * the dossier service without a token, with the caller's address in X-Forwarded-For (the service limits lookups per
 * address); it is read-only, and nothing else under /api/public is opened.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class PublicDossierLookupRoutesTest {

    @Test
    void anAnonymousLookupIsForwardedWithItsQueryAndTheCallersAddress() {
        given().urlEncodingEnabled(false).get("/api/public/dossiers/20-260212-0001?secret=K7MP3QRS9T")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/public/dossiers/20-260212-0001"))
                .body("query", equalTo("secret=K7MP3QRS9T"))
                .body("headers", not(hasKey("authorization")))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"));
    }

    @Test
    void anAddressTheCallerWritesIsReplacedByTheOneTheGatewaySaw() {
        given().header("X-Forwarded-For", "198.51.100.7").get("/api/public/dossiers/20-260212-0001?secret=K7MP3QRS9T")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void theLookupIsReadOnly(String method) {
        int before = Upstream.received();
        int status = given().contentType("application/json").body("{}")
                .request(method, "/api/public/dossiers/20-260212-0001").then().extract().statusCode();
        assertThat(status).isIn(401, 403);
        assertThat(Upstream.received()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/reports", "/api/public", "/api/public/dossiers-20/x"})
    void nothingElseUnderPublicIsOpened(String path) {
        int before = Upstream.received();
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        assertThat(Upstream.received()).isEqualTo(before);
    }
}
