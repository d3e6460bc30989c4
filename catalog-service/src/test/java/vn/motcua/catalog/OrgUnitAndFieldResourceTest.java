package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.OrganisationFixtures.createAgency;
import static vn.motcua.catalog.OrganisationFixtures.fieldBody;
import static vn.motcua.catalog.OrganisationFixtures.fieldCode;
import static vn.motcua.catalog.OrganisationFixtures.rows;
import static vn.motcua.catalog.OrganisationFixtures.unitBody;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Units (đơn vị) of an agency and fields (lĩnh vực) through REST. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrgUnitAndFieldResourceTest {
    private static final String LANG_SON = "20";
    private static final String CAO_BANG = "04";

    @Inject
    DataSource dataSource;

    private static ValidatableResponse send(String method, String token, String path, String body, Object... params) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).request(method, path, params)
                .then();
    }

    private static String admin(String province) {
        return Tokens.provinceAdmin(province);
    }

    @Test
    void unitsAreCreatedListedUpdatedAndShownWithTheirAgency() {
        String agency = createAgency(LANG_SON, null);

        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", """
                {"code":"MOTCUA","officialCode":"000.05.15.T43","name":"Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công",
                 "kind":"ONE_STOP_DESK"}""", agency)
                .statusCode(201)
                .body("agency", equalTo(agency)).body("code", equalTo("MOTCUA"))
                .body("officialCode", equalTo("000.05.15.T43")).body("kind", equalTo("ONE_STOP_DESK"));
        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", unitBody("QLKH", "PROFESSIONAL_UNIT"),
                agency).statusCode(201).body("officialCode", nullValue());

        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get("/api/catalog/agencies/{code}/units", agency)
                .then().statusCode(200).body("code", contains("MOTCUA", "QLKH"));
        String change = """
                {"name":"Phòng Quản lý khoa học và công nghệ","kind":"PROFESSIONAL_UNIT"}""";
        send("PUT", admin(LANG_SON), "/api/catalog/agencies/{code}/units/{unit}", change, agency, "QLKH")
                .statusCode(200).body("name", equalTo("Phòng Quản lý khoa học và công nghệ"));
        Map<String, Long> before = rows(dataSource);
        send("PUT", admin(LANG_SON), "/api/catalog/agencies/{code}/units/{unit}", change, agency, "QLKH")
                .statusCode(200);
        assertThat(rows(dataSource)).as("the same PUT again").isEqualTo(before);

        // created with revision 1, then two units and one change: revision 4
        given().auth().oauth2(admin(LANG_SON)).get("/api/catalog/agencies/{code}", agency)
                .then().statusCode(200).body("revision", equalTo(4))
                .body("units.code", contains("MOTCUA", "QLKH"))
                .body("units[1].name", equalTo("Phòng Quản lý khoa học và công nghệ"));
    }

    @Test
    void aUnitCodeIsUniqueInItsAgencyOnly() {
        String first = createAgency(LANG_SON, null);
        String second = createAgency(LANG_SON, null);
        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", unitBody("VP", "LEADERSHIP"), first)
                .statusCode(201);
        Map<String, Long> before = rows(dataSource);

        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", unitBody("VP", "PROFESSIONAL_UNIT"), first)
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:duplicate-unit")).body("errors.field", contains("code"));
        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", """
                {"code":"vp 2","officialCode":"15.H43","name":"","kind":"BOSS"}""", first)
                .statusCode(400).body("errors.field", hasItem("kind"));
        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", """
                {"code":"vp 2","officialCode":"15.H43","name":"","kind":"LEADERSHIP"}""", first)
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "officialCode", "name"));
        send("PUT", admin(LANG_SON), "/api/catalog/agencies/{code}/units/{unit}",
                "{\"name\":\"x\",\"kind\":\"LEADERSHIP\"}", first, "NOPE").statusCode(404);
        send("PUT", admin(CAO_BANG), "/api/catalog/agencies/{code}/units/{unit}",
                "{\"name\":\"x\",\"kind\":\"LEADERSHIP\"}", first, "VP").statusCode(404);
        send("POST", Tokens.receptionOfficer(LANG_SON), "/api/catalog/agencies/{code}/units",
                unitBody("VP2", "LEADERSHIP"), first).statusCode(403);
        assertThat(rows(dataSource)).isEqualTo(before);

        send("POST", admin(LANG_SON), "/api/catalog/agencies/{code}/units", unitBody("VP", "LEADERSHIP"), second)
                .statusCode(201);
    }

    @Test
    void aFieldIsHandledByAnAgencyOfTheProvinceAndMayMoveToAnother() {
        String so = createAgency(LANG_SON, null);
        String chiCuc = createAgency(LANG_SON, so);
        String code = fieldCode();

        send("POST", admin(LANG_SON), "/api/catalog/fields", fieldBody(code, so))
                .statusCode(201).body("code", equalTo(code)).body("agency", equalTo(so))
                .body("name", equalTo("Hoạt động khoa học và công nghệ"));
        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).get("/api/catalog/fields")
                .then().statusCode(200).body("code", hasItem(code));
        given().auth().oauth2(admin(CAO_BANG)).get("/api/catalog/fields")
                .then().statusCode(200).body("code", not(hasItem(code)));

        send("PUT", admin(LANG_SON), "/api/catalog/fields/{code}", """
                {"name":"Tiêu chuẩn, đo lường, chất lượng","agency":"%s"}""".formatted(chiCuc), code)
                .statusCode(200).body("agency", equalTo(chiCuc));
        given().auth().oauth2(admin(LANG_SON)).get("/api/catalog/agencies/{code}", so)
                .then().body("fields.size()", equalTo(0)).body("revision", equalTo(3));
        given().auth().oauth2(admin(LANG_SON)).get("/api/catalog/agencies/{code}", chiCuc)
                .then().body("fields.code", contains(code)).body("revision", equalTo(2));
    }

    @Test
    void aFieldsCodeAgencyAndProvinceAreChecked() {
        String so = createAgency(LANG_SON, null);
        String foreign = createAgency(CAO_BANG, null);
        String code = fieldCode();
        send("POST", admin(LANG_SON), "/api/catalog/fields", fieldBody(code, so)).statusCode(201);
        Map<String, Long> before = rows(dataSource);

        send("POST", admin(LANG_SON), "/api/catalog/fields", fieldBody(code, so))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:duplicate-field"))
                .body("errors.field", contains("code"));
        send("POST", admin(LANG_SON), "/api/catalog/fields", fieldBody(fieldCode(), foreign))
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:unknown-agency"))
                .body("errors.field", contains("agency"));
        send("POST", admin(LANG_SON), "/api/catalog/fields", fieldBody("000.00.15.H43-KHCN", so))
                .statusCode(400).body("errors.field", contains("code"));
        send("PUT", admin(LANG_SON), "/api/catalog/fields/{code}", fieldBody(code, foreign).replaceAll(
                "\"code\":\"[^\"]*\",", ""), code)
                .statusCode(422).body("errors.field", contains("agency"));
        send("PUT", admin(CAO_BANG), "/api/catalog/fields/{code}", fieldBody(code, foreign).replaceAll(
                "\"code\":\"[^\"]*\",", ""), code)
                .statusCode(404);
        send("POST", Tokens.receptionOfficer(LANG_SON), "/api/catalog/fields", fieldBody(fieldCode(), so))
                .statusCode(403);
        assertThat(rows(dataSource)).isEqualTo(before);
    }
}
