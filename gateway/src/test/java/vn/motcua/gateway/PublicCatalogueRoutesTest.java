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
 * Issue 12 item 5: the public catalogue ({@code /api/catalog/public/{province}/procedures...}) is forwarded without
 * a token; every other catalogue path stays as strict as before.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class PublicCatalogueRoutesTest {

    @Test
    void anAnonymousSearchIsForwardedWithItsQuery() {
        given().urlEncodingEnabled(false).get("/api/catalog/public/20/procedures?q=cap%20giay%20phep%20x%20quang&size=10")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/catalog/public/20/procedures"))
                .body("query", equalTo("q=cap%20giay%20phep%20x%20quang&size=10"))
                .body("headers", not(hasKey("authorization")));
        given().get("/api/catalog/public/20/procedures/1.004227")
                .then().statusCode(200).body("path", equalTo("/api/catalog/public/20/procedures/1.004227"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/catalog/procedures", "/api/catalog/counts?from=2026-03-15&to=2026-06-14",
            "/api/catalog/publicity", "/api/catalog/public-20/procedures", "/api/catalog"})
    void everyOtherCataloguePathStillNeedsAToken(String path) {
        int before = Upstream.received();
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        assertThat(Upstream.received()).isEqualTo(before);
    }
}
