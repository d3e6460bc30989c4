package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DossierResourceTest {
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";
    static final String XRAY = "1.004227";
    static final String ONLY_IN_LANG_SON = "1.000777";
    static final int DAYS = 10;

    private static boolean published;

    @BeforeEach
    void publishCatalogueOnce() {
        if (published) {
            return;
        }
        published = true;
        Catalogue.publish(LANG_SON, XRAY, DAYS);
        Catalogue.publish(LANG_SON, ONLY_IN_LANG_SON, 5);
        Catalogue.publish(CAO_BANG, XRAY, DAYS);
        Catalogue.awaitReplica(LANG_SON, XRAY);
        Catalogue.awaitReplica(LANG_SON, ONLY_IN_LANG_SON);
        Catalogue.awaitReplica(CAO_BANG, XRAY);
    }

    static String submit(String province, String body) {
        return given().auth().oauth2(Tokens.receptionOfficer(province)).contentType(ContentType.JSON).body(body)
                .post("/api/dossiers").then().statusCode(201).extract().path("id");
    }

    @Test
    void receptionGivesTheAppointedDateAndAnnouncesTheDossierWithoutPersonalData() {
        // accepted Thu 12/02/2026 at 10:00 in Vietnam; 10 working days from Fri 13/02 (Civil Code Art. 147 cl. 2):
        // 13, 16, 17, 18, 19, 20, 23, 24, 25, 26 -> due Thu 26/02 at 17:00 (weekdays only until calendars come)
        String[] answer = new String[2];
        TestClock.at(Instant.parse("2026-02-12T03:00:00Z"), () -> {
            var response = given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                    .body(Dossiers.request(XRAY, "DIRECT_CENTRE"))
                    .post("/api/dossiers")
                    .then().statusCode(201)
                    .body("status", equalTo("RECEIVED"))
                    .body("submittedAt", equalTo("2026-02-12T03:00:00Z"))
                    .body("originalDueAt", equalTo("2026-02-26T10:00:00Z"))
                    // Giấy tiếp nhận: the form of the rule set, the secret shown once
                    .body("receipt.code", startsWith("20-260212-"))
                    .body("receipt.receivedAt", equalTo("2026-02-12T03:00:00Z"))
                    .body("receipt.dueAt", equalTo("2026-02-26T10:00:00Z"))
                    .body("receipt.form", equalTo("Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP"))
                    .body("receipt.lookupSecret", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                    .body("province", equalTo(LANG_SON))
                    .body("agency", equalTo("SKHCN-20"))
                    .body("code", startsWith("20-260212-"))
                    .body("receivedAt", equalTo("2026-02-12T03:00:00Z"))
                    .body("dueAt", equalTo("2026-02-26T10:00:00Z"))
                    .extract();
            answer[0] = response.path("id");
        });
        String id = answer[0];

        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            ConsumerRecord<String, String> event = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20))
                    .getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE)).isEqualTo("vn.motcua.dossier.received.v1");
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
            assertThat(event.value()).doesNotContain("020190000123", "0912345678", "Nguyễn");
        }
    }

    @Test
    void resolvingClassifiesEarlyAndASecondResolutionIsAnIllegalTransition() {
        String id = submit(LANG_SON, Dossiers.request(XRAY, "DIRECT_CENTRE"));

        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("timeliness", equalTo("EARLY"));
        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            reader.await(r -> id.equals(r.key())
                    && "vn.motcua.dossier.resolved.v1".equals(TestKafka.header(r, CloudEventCodec.H_TYPE)), 1,
                    Duration.ofSeconds(20));
            assertThat(reader.within(r -> id.equals(r.key())
                    && "vn.motcua.dossier.resolved.v1".equals(TestKafka.header(r, CloudEventCodec.H_TYPE)),
                    Duration.ofSeconds(1))).hasSize(1);
        }
    }

    @Test
    void aDossierReceivedLongAgoIsLateWhenResolvedToday() {
        String receivedAt = Instant.now().minus(40, ChronoUnit.DAYS).toString();
        String id = submit(LANG_SON, Dossiers.requestReceivedAt(XRAY, receivedAt));

        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(200).body("timeliness", equalTo("LATE"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameDossier() {
        String key = "portal-retry-" + System.nanoTime();
        String portal = Tokens.user("service-account-portal-20").roles("portal").province(LANG_SON).sign();
        String first = given().auth().oauth2(portal).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Dossiers.request(XRAY, "ONLINE_NATIONAL_PORTAL"))
                .post("/api/dossiers").then().statusCode(201).extract().path("id");

        given().auth().oauth2(portal).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Dossiers.request(XRAY, "ONLINE_NATIONAL_PORTAL"))
                .post("/api/dossiers").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));

        given().auth().oauth2(portal).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Dossiers.request(XRAY, "VNEID"))
                .post("/api/dossiers").then().statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:idempotency-key-reused"))
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aPortalClientSubmitsForItsOwnProvinceAndWaitsForAcceptance() {
        String portal = Tokens.user("service-account-portal-20").roles("portal").province(LANG_SON).sign();
        // submitted Thu 12/02/2026 10:00 in Vietnam: acknowledged, no code and no appointed date before acceptance
        // (Decree 118/2025 Art. 17 cl. 2-3)
        TestClock.at(Instant.parse("2026-02-12T03:00:00Z"), () -> given().auth().oauth2(portal)
                .contentType(ContentType.JSON).header("Idempotency-Key", "p-" + System.nanoTime())
                .body(Dossiers.request(XRAY, "ONLINE_NATIONAL_PORTAL"))
                .post("/api/dossiers").then().statusCode(201)
                .body("province", equalTo(LANG_SON))
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", equalTo("2026-02-12T03:00:00Z"))
                .body("code", nullValue())
                .body("receivedAt", nullValue())
                .body("dueAt", nullValue())
                .body("receipt", nullValue())
                .body("allowedActions", containsInAnyOrder("WITHDRAW")));
    }

    @Test
    void aChannelTheCallerMayNotUseIsRefusedNamingIt() {
        String portal = Tokens.user("service-account-portal-20").roles("portal").province(LANG_SON).sign();
        // provincial portals were merged into the national one by Decree 118/2025 (Art. 15)
        given().auth().oauth2(portal).contentType(ContentType.JSON)
                .body(Dossiers.request(XRAY, "ONLINE_PROVINCIAL_PORTAL"))
                .post("/api/dossiers").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:channel-not-allowed"))
                .body("errors.field", contains("channel"))
                .body("detail", containsString("National Public Service Portal"));
        given().auth().oauth2(portal).contentType(ContentType.JSON).body(Dossiers.request(XRAY, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(422).body("errors.field", contains("channel"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body(Dossiers.request(XRAY, "VNEID"))
                .post("/api/dossiers").then().statusCode(422).body("errors.field", contains("channel"));
    }

    @Test
    void anUnknownProcedureIsItsOwnProblem() {
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body(Dossiers.request("9.999999", "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:unknown-procedure"))
                .body("errors.field", hasItem("procedureCode"));
        // published in Lạng Sơn only: Cao Bằng cannot file against it
        given().auth().oauth2(Tokens.receptionOfficer(CAO_BANG)).contentType(ContentType.JSON)
                .body(Dossiers.request(ONLY_IN_LANG_SON, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(422);
    }

    @Test
    void invalidInputNamesEveryFailingField() {
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body("""
                        {"procedureCode":"x","channel":"DIRECT_CENTRE","receivedAt":"2999-01-01T00:00:00Z",
                         "applicant":{"name":"","idNumber":"12","phone":"abc"}}""")
                .post("/api/dossiers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("procedureCode", "receivedAt", "applicant.name",
                        "applicant.idNumber", "applicant.phone"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body(Dossiers.request(XRAY, "FAX"))
                .post("/api/dossiers").then().statusCode(400).body("errors.field", hasItem("channel"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "has spaces and ünicode")
                .body(Dossiers.request(XRAY, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get("/api/dossiers?status=LOST")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get("/api/dossiers?size=100000")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get("/api/dossiers?page=abc")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON).body("[1,2]")
                .post("/api/dossiers").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anotherProvinceCannotReadResolveOrListTheDossier() {
        String id = submit(LANG_SON, Dossiers.request(XRAY, "DIRECT_CENTRE"));

        given().auth().oauth2(Tokens.receptionOfficer(CAO_BANG)).get("/api/dossiers/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.processingOfficer(CAO_BANG)).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.receptionOfficer(CAO_BANG)).header("X-Province", LANG_SON)
                .get("/api/dossiers?province=20").then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get("/api/dossiers/{id}", id)
                .then().statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void anOfficerOfAnotherAgencyCannotResolve() {
        String id = submit(LANG_SON, Dossiers.request(XRAY, "DIRECT_CENTRE"));
        String otherAgency = Tokens.user("xuly.stc").roles("processing-officer").province(LANG_SON)
                .agency("STC-20").sign();

        given().auth().oauth2(otherAgency).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(403).body("type", equalTo("urn:mot-cua:problem:outside-jurisdiction"));
    }

    @Test
    void rolesAndTokensAreEnforced() {
        given().contentType(ContentType.JSON).body(Dossiers.request(XRAY, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("reception-officer").province(LANG_SON).signWithForeignKey())
                .contentType(ContentType.JSON).body(Dossiers.request(XRAY, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(401);
        // a citizen submits online (issue 13), never as the desk
        given().auth().oauth2(Tokens.user("congdan").roles("citizen").province(LANG_SON).sign())
                .contentType(ContentType.JSON).body(Dossiers.request(XRAY, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:channel-not-allowed"));
        given().auth().oauth2(Tokens.user("congdan").roles("citizen").province(LANG_SON).sign())
                .post("/api/dossiers/{id}/resolve", java.util.UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).post("/api/dossiers/{id}/resolve",
                java.util.UUID.randomUUID()).then().statusCode(403);
    }
}
