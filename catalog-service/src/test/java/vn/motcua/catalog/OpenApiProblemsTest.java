package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/**
 * The OpenAPI document portal developers generate clients from lists the error answers as problem+json
 * (commons' {@code ProblemResponsesFilter}); the catalogue stands for every service here.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiProblemsTest {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static JsonPath document() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    private static String problemRef(JsonPath doc, String path, String method, String status) {
        return doc.getString("paths.'" + path + "'." + method + ".responses.'" + status
                + "'.content.'application/problem+json'.schema.'$ref'");
    }

    @Test
    void readingAProcedureListsItsErrorAnswersAsProblems() {
        JsonPath doc = document();

        assertThat(problemRef(doc, "/api/catalog/procedures/{id}", "get", "400")).isEqualTo(PROBLEM_REF);
        assertThat(problemRef(doc, "/api/catalog/procedures/{id}", "get", "401")).isEqualTo(PROBLEM_REF);
        assertThat(problemRef(doc, "/api/catalog/procedures/{id}", "get", "403")).isEqualTo(PROBLEM_REF);
        assertThat(problemRef(doc, "/api/catalog/procedures/{id}", "get", "404")).isEqualTo(PROBLEM_REF);
        assertThat(doc.getMap("paths.'/api/catalog/procedures/{id}'.get.responses")).doesNotContainKeys("409", "422");
    }

    @Test
    void draftingAProcedureListsConflictAndRuleAnswersButNoNotFound() {
        JsonPath doc = document();

        assertThat(problemRef(doc, "/api/catalog/procedures", "post", "400")).isEqualTo(PROBLEM_REF);
        assertThat(problemRef(doc, "/api/catalog/procedures", "post", "409")).isEqualTo(PROBLEM_REF);
        assertThat(problemRef(doc, "/api/catalog/procedures", "post", "422")).isEqualTo(PROBLEM_REF);
        assertThat(doc.getMap("paths.'/api/catalog/procedures'.post.responses")).doesNotContainKey("404");
    }

    @Test
    void problemSchemaHasTheShapeOfEveryErrorBody() {
        JsonPath doc = document();

        Map<String, Object> properties = doc.getMap("components.schemas.Problem.properties");
        assertThat(properties).containsOnlyKeys("type", "title", "status", "detail", "instance", "correlationId",
                "errors");
        assertThat(doc.getList("components.schemas.Problem.required")).containsExactly("type", "title", "status");
        assertThat(doc.getString("components.schemas.Problem.properties.errors.items.'$ref'"))
                .isEqualTo("#/components/schemas/ProblemFieldError");
        assertThat(doc.getMap("components.schemas.ProblemFieldError.properties")).containsOnlyKeys("field", "message");
        assertThat(doc.getString("info.description")).contains("429");
    }
}
