package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.motcua.catalog.OrganisationFixtures.agencyCode;
import static vn.motcua.catalog.OrganisationFixtures.fieldBody;
import static vn.motcua.catalog.OrganisationFixtures.fieldCode;
import static vn.motcua.catalog.OrganisationFixtures.officialCode;
import static vn.motcua.catalog.OrganisationFixtures.unitBody;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** The public catalogue's agencies: no login, one named province, only agencies active today. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganisationPublicResourceTest {
    private static final String PUBLIC = "/api/catalog/public/{province}/agencies";

    private static void create(String province, String path, String body, Object... params) {
        given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON).body(body)
                .post(path, params).then().statusCode(201);
    }

    @Test
    void anyoneReadsTheActiveAgenciesOfTheNamedProvinceOnly() {
        String active = OrganisationFixtures.createAgency("20", null);
        create("20", "/api/catalog/agencies/{code}/units", unitBody("MOTCUA", "ONE_STOP_DESK"), active);
        String field = fieldCode();
        create("20", "/api/catalog/fields", fieldBody(field, active));
        String ended = agencyCode();
        create("20", "/api/catalog/agencies", """
                {"code":"%s","officialCode":"%s","name":"Sở Thông tin và Truyền thông","activeFrom":"2008-04-01",
                 "activeTo":"2025-02-28"}""".formatted(ended, officialCode()));
        String notYet = agencyCode();
        create("20", "/api/catalog/agencies", """
                {"code":"%s","officialCode":"%s","name":"Sở tương lai","activeFrom":"2099-01-01"}"""
                .formatted(notYet, officialCode()));
        String caoBang = OrganisationFixtures.createAgency("04", null);

        JsonPath langSon = given().get(PUBLIC, "20").then().statusCode(200).contentType("application/json")
                .body("code", hasItem(active))
                .body("code", not(hasItem(ended)))
                .body("code", not(hasItem(notYet)))
                .body("code", not(hasItem(caoBang)))
                .body("province", not(hasItem("04")))
                .extract().jsonPath();
        given().get(PUBLIC, "20").then().body("find { it.code == '%s' }.units.code".formatted(active),
                contains("MOTCUA"));
        given().get(PUBLIC, "20").then().body("find { it.code == '%s' }.fields.code".formatted(active),
                contains(field));
        org.assertj.core.api.Assertions.assertThat(langSon.getList("province")).containsOnly("20");

        given().get(PUBLIC, "04").then().statusCode(200).body("code", hasItem(caoBang))
                .body("code", not(hasItem(active)));
        given().get(PUBLIC, "99").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anyoneListsTheProvincesOfTheRegisterByCodeWithoutLogin() {
        // Decision 19/2025/QĐ-TTg: 34 provinces and cities from 01/7/2025
        given().get("/api/catalog/public/provinces").then().statusCode(200).contentType("application/json")
                .body("size()", equalTo(34))
                .body("[0].code", equalTo("01")).body("[0].name", equalTo("Thành phố Hà Nội"))
                .body("find { it.code == '20' }.name", equalTo("Tỉnh Lạng Sơn"))
                .body("find { it.code == '04' }.name", equalTo("Tỉnh Cao Bằng"));
    }

    @Test
    void aProvinceThatIsNotTwoDigitsIsAProblemNamingIt() {
        given().get(PUBLIC, "Lạng Sơn").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("province"));
        given().get(PUBLIC, "020").then().statusCode(400).body("errors.field", contains("province"));
    }

    @Test
    void aTokenOfAnotherProvinceDoesNotChangeWhichProvinceIsRead() {
        String langSon = OrganisationFixtures.createAgency("20", null);

        given().auth().oauth2(Tokens.provinceAdmin("04")).get(PUBLIC, "20")
                .then().statusCode(200).body("code", hasItem(langSon));
        given().auth().oauth2(Tokens.provinceAdmin("20")).get(PUBLIC, "04")
                .then().statusCode(200).body("code", not(hasItem(langSon)));
    }
}
