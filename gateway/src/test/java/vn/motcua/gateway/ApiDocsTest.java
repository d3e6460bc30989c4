package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

/** The one Swagger UI and the services' OpenAPI documents it lists, forwarded from {@code /openapi/<name>}. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class ApiDocsTest {

    @Test
    void swaggerUiAnswersWithoutATokenAndListsTheFourDocuments() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("/openapi/catalog"),
                        containsString("/openapi/dossiers"),
                        containsString("/openapi/evaluations"),
                        containsString("/openapi/reports"),
                        containsString("urls.primaryName"),
                        // the gateway's own (empty) document is not offered
                        not(containsString("/q/openapi"))));
    }

    @Test
    void documentIsForwardedToTheServicesOpenApiPathWithoutAToken() {
        given().get("/openapi/catalog?format=json")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/q/openapi"))
                .body("query", equalTo("format=json"))
                .body("headers.authorization", nullValue());
        given().get("/openapi/dossiers")
                .then().statusCode(200)
                .body("path", equalTo("/q/openapi"))
                .body("query", nullValue());
    }

    @Test
    void documentsAreReadOnly() {
        int before = Upstream.received();
        given().contentType("application/json").body("{}")
                .post("/openapi/catalog")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("application/json").body("{}")
                .post("/openapi/catalog")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:forbidden"));
        given().auth().oauth2(Tokens.provinceAdmin("20")).delete("/openapi/catalog").then().statusCode(403);
        assertThat(Upstream.received()).isEqualTo(before);
    }

    @Test
    void swaggerUiIsReadOnly() {
        given().contentType("application/json").body("{}").post("/q/swagger-ui/").then().statusCode(401);
    }

    @Test
    void apiStillNeedsAToken() {
        int before = Upstream.received();
        given().get("/api/dossiers/D-1").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:unauthorized"));
        assertThat(Upstream.received()).isEqualTo(before);
    }

    @Test
    void documentOfAServiceThatIsDownIs502Problem() {
        given().get("/openapi/evaluations")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:upstream-unavailable"))
                .body("detail", containsString("evaluations"))
                .body("instance", equalTo("/openapi/evaluations"));
        // the page listing it is static and still answers
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownDocumentIs404Problem() {
        given().get("/openapi/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-found"));
    }
}
