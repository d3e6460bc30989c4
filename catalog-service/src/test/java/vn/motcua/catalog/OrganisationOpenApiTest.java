package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/** The register's operations as portal developers read them: Vietnamese term first, errors as problems. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganisationOpenApiTest {

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "/api/catalog/agencies,                         post, 'Tạo cơ quan (create an agency)'",
            "/api/catalog/agencies,                         get,  'Danh sách cơ quan (agencies)'",
            "/api/catalog/agencies/{code},                  get,  'Xem cơ quan (an agency)'",
            "/api/catalog/agencies/{code},                  put,  'Cập nhật cơ quan (update an agency)'",
            "/api/catalog/agencies/{code}/units,            get,  'Danh sách đơn vị (units)'",
            "/api/catalog/agencies/{code}/units,            post, 'Tạo đơn vị (create a unit)'",
            "/api/catalog/agencies/{code}/units/{unit},     put,  'Cập nhật đơn vị (update a unit)'",
            "/api/catalog/fields,                           get,  'Danh sách lĩnh vực (fields)'",
            "/api/catalog/fields,                           post, 'Tạo lĩnh vực (create a field)'",
            "/api/catalog/fields/{code},                    put,  'Cập nhật lĩnh vực (update a field)'",
            "/api/catalog/public/{province}/agencies,       get,  'Cơ quan đang hoạt động (active agencies)'"})
    void everyOperationIsSummarisedInVietnameseWithTheEnglishTerm(String path, String method, String summary) {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String operation = "paths.'" + path + "'." + method;

        assertThat(doc.getString(operation + ".summary")).startsWith(summary);
        assertThat(doc.getString(operation + ".responses.'400'.content.'application/problem+json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/Problem");
        if (!method.equals("get")) {
            assertThat(doc.getMap(operation + ".responses")).containsKeys("409", "422");
        }
    }
}
