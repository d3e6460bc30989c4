package vn.motcua.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Each test its own year, so the tests sharing the database do not see each other's targets. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TargetResourceTest {
    static final String ADMIN_LS = Tokens.provinceAdmin("20");

    static void put(String token, int year, String body, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/reports/targets/" + year).then().statusCode(status);
    }

    @Test
    void theAdminEntersTargetsAndEachChangeIsANewEntryWithItsHistory() {
        put(ADMIN_LS, 2051, """
                {"targets": {"ONLINE_DOSSIERS": 60, "SATISFACTION": 85.5}, "source": "Kế hoạch số 15/KH-UBND"}""",
                200);
        // the same again: nothing added
        put(ADMIN_LS, 2051, """
                {"targets": {"ONLINE_DOSSIERS": 60.0, "SATISFACTION": 85.5}, "source": "Kế hoạch số 15/KH-UBND"}""",
                200);
        // one figure changed by a later plan, the other left out: kept
        given().auth().oauth2(ADMIN_LS).contentType(ContentType.JSON)
                .body("{\"targets\": {\"ONLINE_DOSSIERS\": 70}, \"source\": \"Kế hoạch số 99/KH-UBND\"}")
                .put("/api/reports/targets/2051")
                .then().statusCode(200)
                .body("province", equalTo("20")).body("year", equalTo(2051))
                .body("targets.kpi", contains("ONLINE_DOSSIERS", "SATISFACTION"))
                .body("targets.percent", contains(70.0f, 85.5f))
                .body("targets.source", contains("Kế hoạch số 99/KH-UBND", "Kế hoạch số 15/KH-UBND"))
                .body("targets.enteredBy", contains("admin-20", "admin-20"))
                .body("history", hasSize(3))
                .body("history[0].percent", equalTo(70.0f));

        given().auth().oauth2(Tokens.user("head").roles("agency-head").province("20").agency("SKHCN-20").sign())
                .get("/api/reports/targets/2051")
                .then().statusCode(200).body("targets.percent", contains(70.0f, 85.5f))
                .body("history.percent", contains(70.0f, 85.5f, 60.0f));
        given().auth().oauth2(Tokens.provinceAdmin("04")).get("/api/reports/targets/2051")
                .then().statusCode(200).body("province", equalTo("04")).body("targets", hasSize(0));
    }

    @Test
    void aNationalAuditorReadsAProvinceItNames() {
        put(ADMIN_LS, 2052, "{\"targets\": {\"ON_TIME\": 95}, \"source\": \"Kế hoạch số 1/KH-UBND\"}", 200);
        String auditor = Tokens.user("auditor").roles("national-auditor").sign();
        given().auth().oauth2(auditor).queryParam("province", "20").get("/api/reports/targets/2052")
                .then().statusCode(200).body("targets[0].kpi", equalTo("ON_TIME"))
                .body("targets[0].percent", equalTo(95.0f));
        given().auth().oauth2(auditor).get("/api/reports/targets/2052")
                .then().statusCode(400).body("errors.field", contains("province"));
    }

    @Test
    void anotherProvinceOrAnOfficerIsRefused() {
        given().auth().oauth2(Tokens.provinceAdmin("04")).queryParam("province", "20")
                .get("/api/reports/targets/2053")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:foreign-province"));
        given().auth().oauth2(Tokens.processingOfficer("20")).get("/api/reports/targets/2053")
                .then().statusCode(403);
        put(Tokens.processingOfficer("20"), 2053, "{\"targets\": {\"ON_TIME\": 95}, \"source\": \"Kế hoạch\"}", 403);
        put(Tokens.user("head").roles("agency-head").province("20").agency("SKHCN-20").sign(), 2053,
                "{\"targets\": {\"ON_TIME\": 95}, \"source\": \"Kế hoạch\"}", 403);
        given().get("/api/reports/targets/2053").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"targets": {"ONLINE_DOSSIERS": "60"}, "source": "KH 1"}        | 400 | targets.ONLINE_DOSSIERS
            {"targets": {"ONLINE_DOSSIERS": true}, "source": "KH 1"}        | 400 | targets.ONLINE_DOSSIERS
            {"targets": {"ONLINE_DOSSIERS": null}, "source": "KH 1"}        | 422 | targets.ONLINE_DOSSIERS
            {"targets": {"ONLINE_DOSSIERS": 100.1}, "source": "KH 1"}       | 422 | targets.ONLINE_DOSSIERS
            {"targets": {"ONLINE_DOSSIERS": -1}, "source": "KH 1"}          | 422 | targets.ONLINE_DOSSIERS
            {"targets": {"ONLINE_DOSSIERS": 60.25}, "source": "KH 1"}       | 422 | targets.ONLINE_DOSSIERS
            {"targets": {"PAPERLESS": 60}, "source": "KH 1"}                | 422 | targets.PAPERLESS
            {"targets": {"online_dossiers": 60}, "source": "KH 1"}          | 422 | targets.online_dossiers
            {"targets": {}, "source": "KH 1"}                               | 400 | targets
            {"targets": {"ONLINE_DOSSIERS": 60}}                            | 400 | source
            {"targets": {"ONLINE_DOSSIERS": 60}, "source": "  "}            | 400 | source
            {"targets": {"ONLINE_DOSSIERS": 60}, "source": "KH\\u0000 1"}   | 400 | source
            """)
    void invalidTargetsAreRefusedNamingTheField(String body, int status, String field) {
        given().auth().oauth2(ADMIN_LS).contentType(ContentType.JSON).body(body)
                .put("/api/reports/targets/2054")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", contains(field));
        given().auth().oauth2(ADMIN_LS).get("/api/reports/targets/2054")
                .then().statusCode(200).body("history", hasSize(0));
    }

    @Test
    void aYearOutOfRangeIsNamed() {
        given().auth().oauth2(ADMIN_LS).get("/api/reports/targets/1999")
                .then().statusCode(400).body("errors.field", contains("year"))
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(ADMIN_LS).get("/api/reports/targets/2055")
                .then().statusCode(200).body("targets", hasSize(0)).body("history[0]", nullValue());
    }
}
