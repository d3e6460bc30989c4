package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.OrganisationFixtures.agencyBody;
import static vn.motcua.catalog.OrganisationFixtures.agencyCode;
import static vn.motcua.catalog.OrganisationFixtures.createAgency;
import static vn.motcua.catalog.OrganisationFixtures.officialCode;
import static vn.motcua.catalog.OrganisationFixtures.rows;

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

/** Agencies (cơ quan) through REST: a province admin writes its own province's, staff read them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AgencyResourceTest {
    private static final String LANG_SON = "20";
    private static final String CAO_BANG = "04";
    private static final String AGENCIES = "/api/catalog/agencies";

    @Inject
    DataSource dataSource;

    private static ValidatableResponse post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(AGENCIES).then();
    }

    private static ValidatableResponse put(String token, String code, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put(AGENCIES + "/{code}", code).then();
    }

    @Test
    void anAdminCreatesAChiCucUnderItsSoAndStaffOfTheProvinceReadThem() {
        String so = createAgency(LANG_SON, null);
        String chiCuc = agencyCode();
        String official = officialCode();

        post(Tokens.provinceAdmin(LANG_SON), """
                {"code":"%s","officialCode":"%s","name":"Chi cục Tiêu chuẩn Đo lường Chất lượng","parent":"%s",
                 "activeFrom":"2025-07-01","activeTo":"2030-12-31"}""".formatted(chiCuc, official, so))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/catalog/agencies/" + chiCuc))
                .body("province", equalTo("20"))
                .body("code", equalTo(chiCuc))
                .body("officialCode", equalTo(official))
                .body("name", equalTo("Chi cục Tiêu chuẩn Đo lường Chất lượng"))
                .body("parent", equalTo(so))
                .body("activeFrom", equalTo("2025-07-01"))
                .body("activeTo", equalTo("2030-12-31"))
                .body("revision", equalTo(1))
                .body("units.size()", equalTo(0));

        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get(AGENCIES + "/{code}", chiCuc)
                .then().statusCode(200).body("parent", equalTo(so)).body("revision", equalTo(1));
        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).get(AGENCIES)
                .then().statusCode(200).body("code", hasItem(chiCuc)).body("code", hasItem(so));
    }

    @Test
    void anUpdateReplacesWhatChangesAndTheSameUpdateAgainChangesNothing() {
        String so = createAgency(LANG_SON, null);
        String code = createAgency(LANG_SON, null);
        String official = officialCode();
        String change = """
                {"officialCode":"%s","name":"Chi cục Tiêu chuẩn Đo lường Chất lượng","parent":"%s",
                 "activeFrom":"2025-07-01","activeTo":"2026-06-30"}""".formatted(official, so);

        put(Tokens.provinceAdmin(LANG_SON), code, change).statusCode(200)
                .body("officialCode", equalTo(official)).body("parent", equalTo(so))
                .body("activeTo", equalTo("2026-06-30")).body("revision", equalTo(2));
        Map<String, Long> before = rows(dataSource);
        put(Tokens.provinceAdmin(LANG_SON), code, change).statusCode(200).body("revision", equalTo(2));
        assertThat(rows(dataSource)).as("a repeated PUT stores no second event").isEqualTo(before);

        // without a parent it is top-level again
        put(Tokens.provinceAdmin(LANG_SON), code, """
                {"officialCode":"%s","name":"Chi cục","activeFrom":"2025-07-01"}""".formatted(official))
                .statusCode(200).body("parent", nullValue()).body("activeTo", nullValue()).body("revision", equalTo(3));
    }

    @Test
    void aDuplicateCodeOrOfficialCodeIsAConflictNamingTheFieldAndStoresNothing() {
        String code = agencyCode();
        String official = officialCode();
        post(Tokens.provinceAdmin(LANG_SON), agencyBody(code, official, null)).statusCode(201);
        Map<String, Long> before = rows(dataSource);

        post(Tokens.provinceAdmin(LANG_SON), agencyBody(code, officialCode(), null))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:duplicate-agency"))
                .body("errors.field", contains("code"));
        post(Tokens.provinceAdmin(LANG_SON), agencyBody(agencyCode(), official, null))
                .statusCode(409).body("errors.field", contains("officialCode"));
        assertThat(rows(dataSource)).isEqualTo(before);

        // another province may use the same codes: they are unique per province
        post(Tokens.provinceAdmin(CAO_BANG), agencyBody(code, official, null)).statusCode(201)
                .body("province", equalTo("04"));
    }

    @Test
    void anUnknownParentOrALoopIsRefusedNamingParentAndStoresNothing() {
        String so = createAgency(LANG_SON, null);
        String chiCuc = createAgency(LANG_SON, so);
        String foreign = createAgency(CAO_BANG, null);
        Map<String, Long> before = rows(dataSource);

        post(Tokens.provinceAdmin(LANG_SON), agencyBody(agencyCode(), officialCode(), "NO-SUCH-AGENCY"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:unknown-agency"))
                .body("errors.field", contains("parent"));
        // an agency of another province is not a parent here: it is not found
        post(Tokens.provinceAdmin(LANG_SON), agencyBody(agencyCode(), officialCode(), foreign))
                .statusCode(422).body("errors.field", contains("parent"));
        // the Sở under its own Chi cục, or under itself, would make a loop
        put(Tokens.provinceAdmin(LANG_SON), so, """
                {"officialCode":"%s","name":"Sở","parent":"%s","activeFrom":"2025-07-01"}"""
                .formatted(officialCode(), chiCuc))
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:agency-loop"))
                .body("errors.field", contains("parent"));
        put(Tokens.provinceAdmin(LANG_SON), so, """
                {"officialCode":"%s","name":"Sở","parent":"%s","activeFrom":"2025-07-01"}"""
                .formatted(officialCode(), so))
                .statusCode(422).body("errors.field", contains("parent"));
        assertThat(rows(dataSource)).isEqualTo(before);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get(AGENCIES + "/{code}", so)
                .then().body("parent", nullValue()).body("revision", equalTo(1));
    }

    @Test
    void badShapesAreRefusedNamingEachField() {
        Map<String, Long> before = rows(dataSource);

        post(Tokens.provinceAdmin(LANG_SON), """
                {"code":"skhcn 20","officialCode":"000.00.15.h43","name":"","parent":"a b","activeFrom":"2025-07-01"}""")
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "officialCode", "name",
                        "parent"));
        post(Tokens.provinceAdmin(LANG_SON), """
                {"code":"%s","officialCode":"%s","name":"Sở","activeFrom":"2026-01-01","activeTo":"2025-12-31"}"""
                .formatted(agencyCode(), officialCode()))
                .statusCode(400).body("errors.field", contains("activeTo"));
        post(Tokens.provinceAdmin(LANG_SON), """
                {"code":"%s","officialCode":"%s","name":"Sở"}""".formatted(agencyCode(), officialCode()))
                .statusCode(400).body("errors.field", contains("activeFrom"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get(AGENCIES + "/{code}", "sở-20")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("code"));
        assertThat(rows(dataSource)).isEqualTo(before);
    }

    @Test
    void anotherProvinceNeitherSeesNorChangesTheAgency() {
        String code = createAgency(LANG_SON, null);
        Map<String, Long> before = rows(dataSource);

        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get(AGENCIES + "/{code}", code)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get(AGENCIES)
                .then().statusCode(200).body("code", not(hasItem(code)));
        put(Tokens.provinceAdmin(CAO_BANG), code, """
                {"officialCode":"%s","name":"Tiếm quyền","activeFrom":"2025-07-01"}""".formatted(officialCode()))
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).contentType(ContentType.JSON)
                .body(OrganisationFixtures.unitBody("VP", "PROFESSIONAL_UNIT"))
                .post(AGENCIES + "/{code}/units", code)
                .then().statusCode(404);
        assertThat(rows(dataSource)).isEqualTo(before);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get(AGENCIES + "/{code}", code)
                .then().statusCode(200).body("name", equalTo("Sở Khoa học và Công nghệ")).body("revision", equalTo(1));
    }

    @Test
    void onlyTheProvinceAdminWritesAndACallerWithoutProvinceWritesNothing() {
        String code = createAgency(LANG_SON, null);
        Map<String, Long> before = rows(dataSource);

        post(Tokens.receptionOfficer(LANG_SON), agencyBody(agencyCode(), officialCode(), null))
                .statusCode(403).contentType("application/problem+json");
        put(Tokens.processingOfficer(LANG_SON), code, """
                {"officialCode":"%s","name":"x","activeFrom":"2025-07-01"}""".formatted(officialCode()))
                .statusCode(403);
        post(Tokens.user("nobody").roles("province-admin").sign(), agencyBody(agencyCode(), officialCode(), null))
                .statusCode(403).body("type", equalTo("urn:mot-cua:problem:no-province"));
        given().auth().oauth2(Tokens.user("citizen").roles("citizen").province(LANG_SON).sign()).get(AGENCIES)
                .then().statusCode(403);
        given().get(AGENCIES).then().statusCode(401).contentType("application/problem+json");
        assertThat(rows(dataSource)).isEqualTo(before);
    }
}
