package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.dossier.Dossiers.post;
import static vn.motcua.dossier.TestClock.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * The lifecycle through the API, in Quảng Ninh (22), which no other test uses, over its calendar with Tết 2026
 * (16-20/02 off, weekends off, office until 17:00) and a procedure of 5 working days. Literal instants are UTC;
 * Vietnam is UTC+7.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LifecycleApiTest {
    static final String QUANG_NINH = "22";
    static final String PROCEDURE = "1.002222";
    // tokens live 10 minutes: made when used, not when the class loads
    static final Supplier<String> DESK = () -> Tokens.receptionOfficer(QUANG_NINH);
    static final Supplier<String> OFFICER = () -> Tokens.processingOfficer(QUANG_NINH);
    static final Supplier<String> UNIT_LEAD = () -> Tokens.user("truongphong.qn").roles("unit-lead")
            .province(QUANG_NINH).agency("SKHCN-22").unit("QLKH").sign();
    static final Supplier<String> PORTAL = () -> Tokens.user("service-account-portal-22").roles("portal")
            .province(QUANG_NINH).sign();
    static final ObjectMapper JSON = new ObjectMapper();
    private static boolean ready;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void catalogueAndCalendarOnce() {
        if (ready) {
            return;
        }
        ready = true;
        Catalogue.publish(QUANG_NINH, PROCEDURE, 5);
        Catalogue.awaitReplica(QUANG_NINH, PROCEDURE);
        List<CalendarChanged.Day> tet = Stream.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                "2026-02-20").map(d -> new CalendarChanged.Day(LocalDate.parse(d), CalendarChanged.DayKind.HOLIDAY,
                        "Tết Nguyên đán", "test", CalendarChanged.DayStatus.DECIDED)).toList();
        TestKafka.publish(EventEnvelope.of(new CalendarChanged(QUANG_NINH, 1, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(new CalendarChanged.OfficeHours(
                        LocalDate.parse("2022-01-01"), LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30),
                        LocalTime.of(17, 0), LocalTime.of(15, 0))), tet, Instant.parse("2026-01-05T01:00:00Z"), null),
                new ProvinceCode(QUANG_NINH), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> calendarRevision() == 1);
    }

    static String submitOnline(String instant) {
        return at(instant, () -> given().auth().oauth2(PORTAL.get()).contentType(ContentType.JSON)
                .body(Dossiers.request(PROCEDURE, "ONLINE_NATIONAL_PORTAL")).post("/api/dossiers").then()
                .statusCode(201).body("status", equalTo("SUBMITTED"))).extract().path("id");
    }

    @Test
    void anOnlineDossierIsAcceptedSupplementedOnceExtendedOnceRefusedAndReturned() {
        // Wed 11/02/2026 20:00: submitted after hours; acknowledged, no code, no clock (Art. 17 cl. 2)
        String id = submitOnline("2026-02-11T13:00:00Z");

        // Thu 12/02 09:00: accepted; 5 working days from Fri 13/02 over Tết: 13, 23, 24, 25, 26/02 at 17:00
        at("2026-02-12T02:00:00Z", () -> post(DESK, "accept", id, null)).statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("code", startsWith("22-260212-"))
                .body("submittedAt", equalTo("2026-02-11T13:00:00Z"))
                .body("receivedAt", equalTo("2026-02-12T02:00:00Z"))
                .body("originalDueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("dueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("procedureVersion", equalTo(1))
                .body("caseVariant", equalTo("CHUNG"))
                .body("receipt.dueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("receipt.form", equalTo("Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP"))
                .body("receipt.procedureName", equalTo("Thủ tục phiên bản 1"))
                .body("receipt.caseVariant", equalTo("CHUNG"))
                .body("receipt.caseVariantName", equalTo("Trường hợp CHUNG"))
                .body("receipt.lookupSecret", org.hamcrest.Matchers.matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                // the desk hands it over or records a withdrawal; appraisal is the agency's
                .body("allowedActions", containsInAnyOrder("HAND_OVER", "WITHDRAW"));
        // accepting twice is an illegal transition, and changes nothing
        at("2026-02-12T02:30:00Z", () -> post(DESK, "accept", id, null)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));

        // Fri 13/02 10:00: within 3 working days of acceptance (Art. 19 cl. 5); the date does not move yet
        at("2026-02-13T03:00:00Z", () -> post(OFFICER, "request-supplement", id,
                "{\"reason\":\"Thiếu bản sao chứng chỉ\",\"papers\":\"Chứng chỉ nhân viên bức xạ\"}"))
                .statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("dueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("supplement.requests", equalTo(1))
                .body("supplement.requestedAt", equalTo("2026-02-13T03:00:00Z"));

        // Mon 23/02 09:00, after Tết: the portal sends the papers; 5 working days restart: 24, 25, 26, 27/02, 2/03
        at("2026-02-23T02:00:00Z", () -> post(PORTAL, "supplement", id, null)).statusCode(200)
                .body("status", equalTo("IN_APPRAISAL"))
                .body("dueAt", equalTo("2026-03-02T10:00:00Z"))
                .body("originalDueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("supplement.completedAt", equalTo("2026-02-23T02:00:00Z"))
                // 13/02 03:00 to 23/02 02:00: ten days less an hour
                .body("supplement.seconds", equalTo(860_400));

        // a second request is refused: once only (Art. 19 cl. 5), and the log and the row stay as they are
        at("2026-02-24T02:00:00Z", () -> post(OFFICER, "request-supplement", id, "{\"reason\":\"Lần hai\"}"))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:supplement-already-requested"));
        assertLogLength(id, 4);

        // Wed 25/02 10:00: the unit lead apologises and sets Fri 06/03 (Art. 19 cl. 6)
        at("2026-02-25T03:00:00Z", () -> post(UNIT_LEAD, "extend", id,
                "{\"reason\":\"Cần thẩm định thực tế\",\"newDueDate\":\"2026-03-06\",\"signedBy\":\"Trần Văn Phó\"}"))
                .statusCode(200).body("dueAt", equalTo("2026-03-06T10:00:00Z"))
                .body("extension.dueBefore", equalTo("2026-03-02T10:00:00Z"))
                .body("extension.signedBy", equalTo("Trần Văn Phó"));
        // once only
        at("2026-02-26T03:00:00Z", () -> post(UNIT_LEAD, "extend", id,
                "{\"reason\":\"Lần hai\",\"newDueDate\":\"2026-03-10\",\"signedBy\":\"Trần Văn Phó\"}"))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:already-extended"))
                .body("errors", nullValue());

        // Thu 05/03 10:00: refused with its reasons, a day before the new date: early
        at("2026-03-05T03:00:00Z", () -> post(OFFICER, "resolve", id, """
                {"outcome":"REFUSED","reason":"Thiết bị không đạt yêu cầu an toàn","resultReference":"15/TB-SKHCN",
                 "electronicResult":true,"resultDigitised":true}""")).statusCode(200)
                .body("status", equalTo("RESOLVED")).body("outcome", equalTo("REFUSED"))
                .body("outcomeReason", equalTo("Thiết bị không đạt yêu cầu an toàn"))
                .body("timeliness", equalTo("EARLY"));

        // Fri 06/03: the electronic result is returned online
        at("2026-03-06T02:00:00Z", () -> post(DESK, "return", id, "{\"method\":\"ONLINE\"}")).statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnMethod", equalTo("ONLINE"))
                .body("returnedAt", equalTo("2026-03-06T02:00:00Z")).body("allowedActions", empty());

        given().auth().oauth2(DESK.get()).get("/api/dossiers/{id}/actions", id).then().statusCode(200)
                .body("action", contains("SUBMIT", "RECEIVE", "REQUEST_SUPPLEMENT", "SUPPLEMENT", "EXTEND", "RESOLVE",
                        "RETURN"))
                .body("actor", contains("service-account-portal-22", "reception-22", "processing-22",
                        "service-account-portal-22", "truongphong.qn", "processing-22", "reception-22"))
                .body("[0].dueAfter", nullValue())
                .body("[3].dueBefore", equalTo("2026-02-26T10:00:00Z"))
                .body("[3].dueAfter", equalTo("2026-03-02T10:00:00Z"))
                .body("[4].facts.reason", equalTo("Cần thẩm định thực tế"))
                .body("[5].facts.outcome", equalTo("REFUSED"))
                .body("[6].facts.method", equalTo("ONLINE"));

        Map<String, JsonNode> events = events(id, 7);
        assertThat(events.keySet()).containsExactly("vn.motcua.dossier.submitted.v1",
                "vn.motcua.dossier.received.v1", "vn.motcua.dossier.supplement-requested.v1",
                "vn.motcua.dossier.supplemented.v1", "vn.motcua.dossier.extended.v1", "vn.motcua.dossier.resolved.v1",
                "vn.motcua.dossier.returned.v1");
        assertThat(events.get("vn.motcua.dossier.submitted.v1").get("submittedAt").asText())
                .isEqualTo("2026-02-11T13:00:00Z");
        assertThat(events.get("vn.motcua.dossier.received.v1").get("submittedAt").asText())
                .isEqualTo("2026-02-11T13:00:00Z");
        assertThat(events.get("vn.motcua.dossier.received.v1").get("dueAt").asText())
                .isEqualTo("2026-02-26T10:00:00Z");
        JsonNode requested = events.get("vn.motcua.dossier.supplement-requested.v1");
        assertThat(requested.get("requestNumber").asInt()).isEqualTo(1);
        assertThat(requested.get("withinWindow").asBoolean()).isTrue();
        JsonNode supplemented = events.get("vn.motcua.dossier.supplemented.v1");
        assertThat(supplemented.get("dueBefore").asText()).isEqualTo("2026-02-26T10:00:00Z");
        assertThat(supplemented.get("dueAfter").asText()).isEqualTo("2026-03-02T10:00:00Z");
        JsonNode extended = events.get("vn.motcua.dossier.extended.v1");
        assertThat(extended.get("dueAfter").asText()).isEqualTo("2026-03-06T10:00:00Z");
        assertThat(extended.get("signedBy").asText()).isEqualTo("Trần Văn Phó");
        JsonNode resolved = events.get("vn.motcua.dossier.resolved.v1");
        assertThat(resolved.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(resolved.get("reason").asText()).isEqualTo("Thiết bị không đạt yêu cầu an toàn");
        assertThat(resolved.get("originalDueAt").asText()).isEqualTo("2026-02-26T10:00:00Z");
        assertThat(resolved.get("dueAt").asText()).isEqualTo("2026-03-06T10:00:00Z");
        assertThat(resolved.get("supplementRequests").asInt()).isEqualTo(1);
        assertThat(resolved.get("supplementSeconds").asLong()).isEqualTo(860_400L);
        assertThat(resolved.get("extended").asBoolean()).isTrue();
        assertThat(resolved.get("resultReference").asText()).isEqualTo("15/TB-SKHCN");
        assertThat(resolved.get("electronicResult").asBoolean()).isTrue();
        assertThat(resolved.get("officer").asText()).isEqualTo("processing-22");
        assertThat(resolved.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(events.get("vn.motcua.dossier.returned.v1").get("method").asText()).isEqualTo("ONLINE");
        assertThat(events.values()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("020190000123",
                "0912345678"));
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        String id = submitOnline("2026-03-02T02:00:00Z");
        // not accepted: nothing to appraise, resolve, extend or return
        at("2026-03-02T03:00:00Z", () -> post(OFFICER, "resolve", id, null)).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        at("2026-03-02T03:00:00Z", () -> post(OFFICER, "request-supplement", id, "{\"reason\":\"x\"}"))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        at("2026-03-02T03:00:00Z", () -> post(PORTAL, "supplement", id, null)).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        at("2026-03-02T03:00:00Z", () -> post(UNIT_LEAD, "extend", id,
                "{\"reason\":\"x\",\"newDueDate\":\"2026-03-20\",\"signedBy\":\"y\"}")).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        at("2026-03-02T03:00:00Z", () -> post(DESK, "return", id, "{\"method\":\"DESK\"}")).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        at("2026-03-02T03:00:00Z", () -> post(PORTAL, "add-papers", id, null)).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        assertLogLength(id, 1);
        given().auth().oauth2(DESK.get()).get("/api/dossiers/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("code", nullValue())
                .body("allowedActions", containsInAnyOrder("RECEIVE", "REQUEST_PAPERS", "REFUSE", "WITHDRAW"));

        // a paper result cannot be returned online (Art. 22)
        at("2026-03-02T04:00:00Z", () -> post(DESK, "accept", id, null)).statusCode(200);
        at("2026-03-03T04:00:00Z", () -> post(OFFICER, "resolve", id, null)).statusCode(200)
                .body("outcome", equalTo("APPROVED"));
        at("2026-03-03T05:00:00Z", () -> post(DESK, "return", id, "{\"method\":\"ONLINE\"}")).statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:no-electronic-result"))
                .body("errors.field", contains("method"));
        // nor withdrawn after the decision (Art. 21)
        at("2026-03-03T05:00:00Z", () -> post(PORTAL, "withdraw", id, "{\"reason\":\"x\"}")).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        assertLogLength(id, 3);
    }

    @Test
    void anApologyOnTheDueDayAndAFlawedBodyAreRefusedNamingTheField() {
        String id = submitOnline("2026-03-09T01:00:00Z");
        // Mon 09/03 09:00 accepted: due Mon 16/03 17:00
        at("2026-03-09T02:00:00Z", () -> post(DESK, "accept", id, null)).statusCode(200)
                .body("dueAt", equalTo("2026-03-16T10:00:00Z"));
        at("2026-03-16T02:00:00Z", () -> post(UNIT_LEAD, "extend", id,
                "{\"reason\":\"Chậm\",\"newDueDate\":\"2026-03-20\",\"signedBy\":\"Trần Văn Phó\"}"))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:apology-too-late"))
                .body("errors", nullValue());
        at("2026-03-10T02:00:00Z", () -> post(UNIT_LEAD, "extend", id,
                "{\"reason\":\"Chậm\",\"newDueDate\":\"2026-03-21\",\"signedBy\":\"Trần Văn Phó\"}"))
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:invalid-new-due-date"))
                .body("errors.field", contains("newDueDate"));
        post(UNIT_LEAD, "extend", id, "{\"reason\":\" \",\"signedBy\":\"\"}").statusCode(400)
                .body("errors.field", containsInAnyOrder("reason", "newDueDate", "signedBy"));
        post(OFFICER, "resolve", id, "{\"outcome\":\"REFUSED\"}").statusCode(400)
                .body("errors.field", contains("reason"));
        post(DESK, "return", id, "{\"method\":\"FAX\"}").statusCode(400);
        post(DESK, "refuse", id, "{}").statusCode(400).body("errors.field", contains("reason"));
        assertLogLength(id, 2);
    }

    @Test
    void theApplicantWithdrawsAndTheDeskAsksForPapersThenRefuses() {
        String id = submitOnline("2026-03-02T02:00:00Z");
        at("2026-03-02T03:00:00Z", () -> post(PORTAL, "withdraw", id, "{\"reason\":\"Nộp nhầm thủ tục\"}"))
                .statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("endedAt", equalTo("2026-03-02T03:00:00Z")).body("allowedActions", empty());
        at("2026-03-02T04:00:00Z", () -> post(DESK, "accept", id, null)).statusCode(409);

        // the desk registers a paper dossier without accepting it, asks for papers, gets them, then refuses it
        String desk = at("2026-03-02T02:00:00Z", () -> given().auth().oauth2(DESK.get()).contentType(ContentType.JSON)
                .body(Dossiers.request(PROCEDURE, "DIRECT_CENTRE").replace("\"channel\"", "\"accept\":false,\"channel\""))
                .post("/api/dossiers").then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("receipt", nullValue())).extract().path("id");
        at("2026-03-02T02:10:00Z", () -> post(DESK, "request-papers", desk, "{\"reason\":\"Thiếu tờ khai\"}"))
                .statusCode(200).body("status", equalTo("PAPERS_REQUESTED")).body("dueAt", nullValue());
        at("2026-03-03T02:00:00Z", () -> post(DESK, "add-papers", desk, null)).statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        at("2026-03-03T02:30:00Z", () -> post(DESK, "refuse", desk, "{\"reason\":\"Không thuộc thẩm quyền\"}"))
                .statusCode(200).body("status", equalTo("REFUSED")).body("code", nullValue());

        Map<String, JsonNode> withdrawn = events(id, 2);
        assertThat(withdrawn.get("vn.motcua.dossier.withdrawn.v1").get("reason").asText())
                .isEqualTo("Nộp nhầm thủ tục");
        assertThat(withdrawn.get("vn.motcua.dossier.withdrawn.v1").get("withdrawnAt").asText())
                .isEqualTo("2026-03-02T03:00:00Z");
        Map<String, JsonNode> refused = events(desk, 4);
        assertThat(refused.keySet()).containsExactly("vn.motcua.dossier.submitted.v1",
                "vn.motcua.dossier.papers-requested.v1", "vn.motcua.dossier.papers-added.v1",
                "vn.motcua.dossier.reception-refused.v1");
        assertThat(refused.get("vn.motcua.dossier.papers-added.v1").get("addedAt").asText())
                .isEqualTo("2026-03-03T02:00:00Z");
        assertThat(refused.get("vn.motcua.dossier.papers-requested.v1").get("reason").asText())
                .isEqualTo("Thiếu tờ khai");
        assertThat(refused.get("vn.motcua.dossier.reception-refused.v1").get("refusedAt").asText())
                .isEqualTo("2026-03-03T02:30:00Z");
    }

    @Test
    void aPortalRetryingAnActionUnderItsKeyChangesNothingTheSecondTime() {
        String id = submitOnline("2026-03-02T02:00:00Z");
        at("2026-03-02T02:10:00Z", () -> post(DESK, "request-papers", id, "{\"reason\":\"Thiếu ảnh\"}"))
                .statusCode(200);
        for (int attempt = 0; attempt < 2; attempt++) {
            at("2026-03-02T03:00:00Z", () -> given().auth().oauth2(PORTAL.get()).header("Idempotency-Key", "papers-1")
                    .post("/api/dossiers/{id}/add-papers", id).then()).statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
        }
        assertLogLength(id, 3);
        // the key belongs to the papers: a withdrawal under it is another request
        at("2026-03-02T04:00:00Z", () -> given().auth().oauth2(PORTAL.get()).header("Idempotency-Key", "papers-1")
                .contentType(ContentType.JSON).body("{\"reason\":\"Thôi\"}")
                .post("/api/dossiers/{id}/withdraw", id).then()).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:idempotency-key-reused"))
                .body("errors.field", contains("Idempotency-Key"));
        for (int attempt = 0; attempt < 2; attempt++) {
            at("2026-03-02T05:00:00Z", () -> given().auth().oauth2(PORTAL.get()).header("Idempotency-Key", "stop-1")
                    .contentType(ContentType.JSON).body("{\"reason\":\"Thôi\"}")
                    .post("/api/dossiers/{id}/withdraw", id).then()).statusCode(200)
                    .body("status", equalTo("WITHDRAWN")).body("endedAt", equalTo("2026-03-02T05:00:00Z"));
        }
        assertLogLength(id, 4);
        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            reader.await(r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
            assertThat(reader.within(r -> id.equals(r.key()) && "vn.motcua.dossier.withdrawn.v1".equals(
                    TestKafka.header(r, CloudEventCodec.H_TYPE)), Duration.ofSeconds(2))).hasSize(1);
            assertThat(reader.within(r -> id.equals(r.key()) && "vn.motcua.dossier.papers-added.v1".equals(
                    TestKafka.header(r, CloudEventCodec.H_TYPE)), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    private void assertLogLength(String id, int length) {
        given().auth().oauth2(DESK.get()).get("/api/dossiers/{id}/actions", id).then().statusCode(200)
                .body("size()", equalTo(length));
    }

    /** The dossier's events by type, in the order published, once {@code count} have arrived. */
    static Map<String, JsonNode> events(String id, int count) {
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            for (ConsumerRecord<String, String> r : reader.await(r -> id.equals(r.key()), count,
                    Duration.ofSeconds(30))) {
                try {
                    byType.put(TestKafka.header(r, CloudEventCodec.H_TYPE), JSON.readTree(r.value()));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
        return byType;
    }

    private int calendarRevision() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select revision from calendar_replica where province_code = ?")) {
            s.setString(1, QUANG_NINH);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
