package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The demo files load through the REST calls the launcher makes, in order: each agency (parent first), its
 * units, then the fields. Loaded here into otherwise unused provinces (97, 98), as the register's codes are
 * unique per province and other tests of the run may already use the demo provinces.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DemoOrganisationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} into province {1}")
    @CsvSource({
            "organisation-20.json, 97, SKHCN-20, Phòng Quản lý công nghệ và chuyên ngành",
            "organisation-04.json, 98, SKHCN-04, Phòng Quản lý chuyên ngành"})
    void theDemoOrganisationLoadsThroughTheApiAndIsPublic(String file, String province, String so, String qlcn)
            throws IOException {
        JsonNode demo = read(file);
        assertThat(demo.get("note").asText()).contains("ILLUSTRATIVE");
        String admin = Tokens.provinceAdmin(province);

        for (JsonNode agency : demo.get("agencies")) {
            ObjectNode body = agency.deepCopy();
            body.remove("units");
            post(admin, "/api/catalog/agencies", body);
            for (JsonNode unit : agency.get("units")) {
                post(admin, "/api/catalog/agencies/" + agency.get("code").asText() + "/units", unit);
            }
        }
        for (JsonNode field : demo.get("fields")) {
            post(admin, "/api/catalog/fields", field);
        }

        String cc = so.replace("SKHCN", "CCTDC");
        given().get("/api/catalog/public/{province}/agencies", province).then().statusCode(200)
                .body("code", contains(cc, so))
                .body("find { it.code == '%s' }.parent".formatted(cc), equalTo(so))
                .body("find { it.code == '%s' }.units.code".formatted(so), contains("MOTCUA", "QLCN", "QLKH", "VP"))
                .body("find { it.code == '%s' }.units.find { it.code == 'QLCN' }.name".formatted(so), equalTo(qlcn))
                .body("find { it.code == '%s' }.units.find { it.code == 'MOTCUA' }.kind".formatted(so),
                        equalTo("ONE_STOP_DESK"))
                .body("find { it.code == '%s' }.fields.name".formatted(so), contains("An toàn bức xạ và hạt nhân",
                        "Chuyển giao công nghệ", "Hoạt động khoa học và công nghệ", "Sở hữu trí tuệ"))
                .body("find { it.code == '%s' }.fields.name".formatted(cc), contains("Tiêu chuẩn, đo lường, chất lượng"));
    }

    private static void post(String token, String path, JsonNode body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).post(path)
                .then().log().ifValidationFails().statusCode(201);
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = DemoOrganisationTest.class.getResourceAsStream("/demo/" + file)) {
            assertThat(in).as(file).isNotNull();
            return JSON.readTree(in);
        }
    }
}
