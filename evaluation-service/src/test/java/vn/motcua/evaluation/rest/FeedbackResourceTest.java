package vn.motcua.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.service.DossierDirectory;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.Tokens;

/**
 * The register of complaints and petitions: who records and handles what (role × jurisdiction), the due date of
 * Decision 766 indicator 5.1, handling once, retries under an Idempotency-Key.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FeedbackResourceTest {
    static final String FEEDBACK = """
            {"agency": "%s", "unit": "PQLKH", "kind": "COMPLAINT", "conduct": true,
             "summary": "Cán bộ hẹn nhiều lần", "receivedAt": "2026-04-24T03:00:00Z"%s}""";

    @Inject
    DossierDirectory directory;

    @Inject
    TenantRunner tenants;

    @Inject
    DataSource db;

    static String agencyHead(String province, String agency) {
        return Tokens.user("lanhdao." + agency).roles("agency-head").province(province).agency(agency).sign();
    }

    static Response record(String token, String agency, String extra) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(FEEDBACK.formatted(agency, extra))
                .post("/api/evaluations/feedback");
    }

    static Response handle(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/evaluations/feedback/{id}/handling", id);
    }

    static final String FOUNDED = """
            {"handledAt": "2026-05-08T03:00:00Z", "finding": "FOUNDED", "note": "Đã nhắc nhở cán bộ"}""";

    @Test
    void theDeskRecordsFeedbackDueFifteenWorkingDaysLaterSkippingTheHolidays() {
        // Fri 24/4/2026: 30/4 and 1/5 are off, so the 15th working day is Tue 19/5
        KnownDossiers.langSonCalendar(tenants, directory);
        record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .contentType("application/json")
                .body("agency", equalTo("SKHCN-20"))
                .body("dueAt", equalTo("2026-05-19T16:59:59Z"))
                .body("finding", equalTo("PENDING"))
                .body("findingLabel", equalTo("Đang xử lý"))
                .body("kindLabel", equalTo("Phản ánh"))
                .body("recordedBy", equalTo("reception-20"));
    }

    @Test
    void aFoundedComplaintAboutTheOfficersConductLowersTheDossiersIndicator7() {
        DossierStory dossier = KnownDossiers.known(tenants, directory, "20", "SKHCN-20", true);
        String path = "indicators.find { it.indicator == 7 }.points";
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/evaluations/dossiers/{id}", dossier.id)
                .then().statusCode(200).body(path, equalTo(2));
        String id = record(Tokens.provinceAdmin("20"), "SKHCN-20", ", \"dossierCode\": \"" + dossier.code
                + "\", \"officer\": \"" + KnownDossiers.OFFICER + "\"").then().statusCode(201)
                .body("dossierId", equalTo(dossier.id.toString())).body("dossierCode", equalTo(dossier.code))
                .extract().path("id");
        // pending: "unless it is found untrue" (Circular 01/2018 Art. 13), so not lowered yet
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/evaluations/dossiers/{id}", dossier.id)
                .then().statusCode(200).body(path, equalTo(2)).body("complaints", equalTo(1));
        handle(Tokens.provinceAdmin("20"), id, FOUNDED).then().statusCode(200);
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/evaluations/dossiers/{id}", dossier.id)
                .then().statusCode(200).body(path, equalTo(0));
        // a dossier of another agency is not this agency's
        record(Tokens.provinceAdmin("20"), "SNV-20", ", \"dossierCode\": \"" + dossier.code + "\"").then()
                .statusCode(422).body("errors.field", contains("dossierCode"));
    }

    @Test
    void caoBangCannotRecordOrHandleLangSonFeedback() {
        DossierStory langSonDossier = KnownDossiers.known(tenants, directory, "20", "SKHCN-20", false);
        // Cao Bằng's agency head about a Lạng Sơn agency
        record(agencyHead("04", "SKHCN-04"), "SKHCN-20", "").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:outside-jurisdiction"));
        // Cao Bằng's admin naming a Lạng Sơn dossier: not a dossier of Cao Bằng
        record(Tokens.provinceAdmin("04"), "SKHCN-20", ", \"dossierCode\": \"" + langSonDossier.code + "\"").then()
                .statusCode(422).body("errors.field", contains("dossierCode"));
        String langSon = record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .extract().path("id");
        handle(Tokens.provinceAdmin("04"), langSon, FOUNDED).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin("04")).get("/api/evaluations/feedback?size=200")
                .then().statusCode(200).body("id", not(hasItem(langSon)));
    }

    @Test
    void anAgencyHeadRecordsAndHandlesOnlyTheOwnAgency() {
        String head = agencyHead("20", "SKHCN-20");
        record(head, "SNV-20", "").then().statusCode(403)
                .body("type", equalTo("urn:mot-cua:problem:outside-jurisdiction"));
        String other = record(Tokens.receptionOfficer("20"), "SNV-20", "").then().statusCode(201)
                .extract().path("id");
        handle(head, other, FOUNDED).then().statusCode(403)
                .body("type", equalTo("urn:mot-cua:problem:outside-jurisdiction"));
        String own = record(head, "SKHCN-20", "").then().statusCode(201).extract().path("id");
        handle(head, own, FOUNDED).then().statusCode(200).body("finding", equalTo("FOUNDED"))
                .body("handledBy", equalTo("lanhdao.SKHCN-20")).body("note", equalTo("Đã nhắc nhở cán bộ"));
    }

    @Test
    void feedbackIsHandledOnce() throws Exception {
        String id = record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .extract().path("id");
        handle(Tokens.provinceAdmin("20"), id, FOUNDED).then().statusCode(200)
                .body("handledAt", equalTo("2026-05-08T03:00:00Z")).body("findingLabel", equalTo("Đúng (có cơ sở)"));
        handle(Tokens.provinceAdmin("20"), id, """
                {"handledAt": "2026-05-09T03:00:00Z", "finding": "UNFOUNDED", "note": "x"}""")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:already-handled"));
        assertThat(Sql.row(db, "select finding || '|' || handled_at from feedback where id = '" + id + "'"))
                .isEqualTo("FOUNDED|2026-05-08 03:00:00+00");
    }

    @Test
    void aProcessingOfficerCannotHandle() {
        String id = record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .extract().path("id");
        handle(Tokens.processingOfficer("20"), id, FOUNDED).then().statusCode(403)
                .contentType("application/problem+json");
        record(Tokens.processingOfficer("20"), "SKHCN-20", "").then().statusCode(403);
    }

    @Test
    void aHandlingMustBeAFindingAfterTheReception() {
        String id = record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .extract().path("id");
        handle(Tokens.provinceAdmin("20"), id, """
                {"handledAt": "2026-04-20T03:00:00Z", "finding": "FOUNDED"}""")
                .then().statusCode(422).body("errors.field", contains("handledAt"));
        handle(Tokens.provinceAdmin("20"), id, """
                {"handledAt": "2026-05-08T03:00:00Z", "finding": "PENDING"}""")
                .then().statusCode(422).body("errors.field", contains("finding"));
        handle(Tokens.provinceAdmin("20"), id, """
                {"handledAt": "2026-05-08T03:00:00Z", "finding": "founded"}""")
                .then().statusCode(400).body("errors.field", contains("finding"));
    }

    @Test
    void aRetryUnderTheSameKeyRecordsOnce() throws Exception {
        String key = "fb-" + UUID.randomUUID();
        String token = Tokens.receptionOfficer("20");
        Response first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(FEEDBACK.formatted("SKHCN-20", "")).post("/api/evaluations/feedback");
        first.then().statusCode(201);
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(FEEDBACK.formatted("SKHCN-20", "")).post("/api/evaluations/feedback")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(FEEDBACK.formatted("SNV-20", "")).post("/api/evaluations/feedback")
                .then().statusCode(409).body("type", equalTo("urn:mot-cua:problem:idempotency-key-reused"));
        assertThat(Sql.row(db, "select count(*) from feedback where idempotency_key = '" + key + "'"))
                .isEqualTo("1");
    }

    @Test
    void theRegisterListsWhatTheCallerMaySee() {
        String open = record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .extract().path("id");
        String handled = record(Tokens.receptionOfficer("20"), "SKHCN-20", "").then().statusCode(201)
                .extract().path("id");
        handle(Tokens.provinceAdmin("20"), handled, FOUNDED).then().statusCode(200);
        String elsewhere = record(Tokens.receptionOfficer("20"), "SNV-20", "").then().statusCode(201)
                .extract().path("id");

        Response openOnes = given().auth().oauth2(Tokens.processingOfficer("20"))
                .get("/api/evaluations/feedback?open=true&size=200");
        openOnes.then().statusCode(200).body("id", hasItem(open)).body("id", not(hasItem(handled)))
                .body("id", not(hasItem(elsewhere))).body("agency", everyItem(equalTo("SKHCN-20")))
                .body("handledAt", everyItem(equalTo(null)));
        assertThat(Integer.parseInt(openOnes.header("X-Total-Count"))).isPositive();
        given().auth().oauth2(Tokens.processingOfficer("20")).get("/api/evaluations/feedback?agency=SNV-20")
                .then().statusCode(403).body("type", equalTo("urn:mot-cua:problem:outside-jurisdiction"));
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/evaluations/feedback?agency=SNV-20&size=200")
                .then().statusCode(200).body("id", hasItem(elsewhere)).body("agency", everyItem(equalTo("SNV-20")));
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/evaluations/feedback?open=maybe")
                .then().statusCode(400).body("errors.field", contains("open"));
        given().auth().oauth2(Tokens.user("c").roles("citizen").province("20").sign())
                .get("/api/evaluations/feedback").then().statusCode(403);
    }

    @Test
    void aReceptionDateInTheFutureIsRefused() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).contentType(ContentType.JSON)
                .body(FEEDBACK.formatted("SKHCN-20", "").replace("2026-04-24T03:00:00Z",
                        Instant.now().plusSeconds(86_400).toString()))
                .post("/api/evaluations/feedback").then().statusCode(422)
                .body("errors.field", contains("receivedAt"));
    }
}
