package vn.motcua.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.DossierEvents.consumed;
import static vn.motcua.reporting.DossierEvents.quarterly;
import static vn.motcua.reporting.DossierEvents.received;
import static vn.motcua.reporting.DossierEvents.receivedTotal;
import static vn.motcua.reporting.DossierEvents.resolved;
import static vn.motcua.reporting.DossierEvents.send;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.EventType;
import vn.motcua.events.Timeliness;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Each test reads its own quarter (2031 onwards), so tests sharing the database do not disturb each other. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportResourceTest {
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";
    static final String DIEN_BIEN = "11";
    static final String LAI_CHAU = "12";
    static final String SON_LA = "14";
    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    MeterRegistry metrics;

    @Test
    void theQuarterlyReportCountsTheProvincesDossiersInTheColumnsOfFormII06b() {
        send(received(LANG_SON, UUID.randomUUID(), Channel.ONLINE_NATIONAL_PORTAL,
                "2031-04-10T09:00", "2031-04-24T17:00"));
        send(received(LANG_SON, UUID.randomUUID(), Channel.DIRECT_CENTRE, "2031-05-05T09:00", "2031-07-20T17:00"));
        UUID byPost = UUID.randomUUID();
        send(received(LANG_SON, byPost, Channel.POSTAL, "2031-06-01T09:00", "2031-06-15T17:00"));
        send(resolved(LANG_SON, byPost, Channel.POSTAL, "2031-06-01T09:00", "2031-06-15T17:00",
                "2031-06-10T10:00", Timeliness.EARLY));
        UUID atDesk = UUID.randomUUID();
        send(received(LANG_SON, atDesk, Channel.DIRECT_AGENCY, "2031-05-11T09:00", "2031-05-25T17:00"));
        send(resolved(LANG_SON, atDesk, Channel.DIRECT_AGENCY, "2031-05-11T09:00", "2031-05-25T17:00",
                "2031-05-25T15:00", Timeliness.ON_TIME));
        // received in Q1, resolved late in Q2: counted as resolved, not as received
        send(resolved(LANG_SON, UUID.randomUUID(), Channel.ONLINE_PROVINCIAL_PORTAL, "2031-03-20T09:00",
                "2031-04-03T17:00", "2031-04-05T10:00", Timeliness.LATE));
        send(received(CAO_BANG, UUID.randomUUID(), Channel.ONLINE_PROVINCIAL_PORTAL,
                "2031-04-10T09:00", "2031-07-24T17:00"));

        await().atMost(EVENTUALLY).until(() -> quarterly(LANG_SON, 2031, 2).getInt("resolved.total") == 3
                && quarterly(LANG_SON, 2031, 2).getInt("received.total") == 4);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("year", 2031).queryParam("quarter", 2)
                .get("/api/reports/quarterly")
                .then().statusCode(200)
                .body("province", equalTo(LANG_SON)).body("year", equalTo(2031)).body("quarter", equalTo(2))
                .body("from", equalTo("2031-04-01")).body("to", equalTo("2031-06-30"))
                .body("received.total", equalTo(4)).body("received.online", equalTo(1))
                .body("received.direct", equalTo(2)).body("received.postal", equalTo(1))
                .body("resolved.total", equalTo(3)).body("resolved.early", equalTo(1))
                .body("resolved.onTime", equalTo(1)).body("resolved.late", equalTo(1))
                .body("pending.total", equalTo(2)).body("pending.withinDeadline", equalTo(1))
                .body("pending.overdue", equalTo(1));

        await().atMost(EVENTUALLY).until(() -> receivedTotal(CAO_BANG, 2031, 2) == 1);
        JsonPath caoBang = quarterly(CAO_BANG, 2031, 2);
        assertThat(caoBang.getInt("resolved.total")).isZero();
        assertThat(caoBang.getInt("pending.withinDeadline")).isEqualTo(1);
    }

    @Test
    void aReceivedArrivingAfterItsResolvedLeavesTheDossierResolved() {
        // a province of its own: Lạng Sơn's dossiers still open from Q2 would count as pending in Q3
        UUID dossier = UUID.randomUUID();
        double before = consumed(metrics, EventType.DOSSIER_RECEIVED);
        send(resolved(SON_LA, dossier, Channel.POSTAL, "2031-07-05T09:00", "2031-07-19T17:00",
                "2031-07-10T10:00", Timeliness.EARLY));
        send(received(SON_LA, dossier, Channel.POSTAL, "2031-07-05T09:00", "2031-07-19T17:00"));

        await().atMost(EVENTUALLY).until(() -> consumed(metrics, EventType.DOSSIER_RECEIVED) >= before + 1);
        JsonPath q3 = quarterly(SON_LA, 2031, 3);
        assertThat(q3.getInt("received.total")).isEqualTo(1);
        assertThat(q3.getInt("resolved.early")).isEqualTo(1);
        assertThat(q3.getInt("pending.total")).isZero();
    }

    @Test
    void theDueDateCarriedByTheResolutionReplacesTheOneReceived() {
        // received in Q1 2033, due 15 Feb; the deadline was extended (gia hạn) to 20 April and the dossier
        // resolved on 10 April: at the end of Q1 it was open and, by its final due date, not yet overdue.
        // (A province of its own: "pending" counts every open dossier of the province, whenever received.)
        UUID dossier = UUID.randomUUID();
        send(received(DIEN_BIEN, dossier, Channel.DIRECT_CENTRE, "2033-02-01T09:00", "2033-02-15T17:00"));
        send(resolved(DIEN_BIEN, dossier, Channel.DIRECT_CENTRE, "2033-02-01T09:00", "2033-04-20T17:00",
                "2033-04-10T10:00", Timeliness.ON_TIME));

        await().atMost(EVENTUALLY).until(() -> quarterly(DIEN_BIEN, 2033, 2).getInt("resolved.total") == 1);
        JsonPath q1 = quarterly(DIEN_BIEN, 2033, 1);
        assertThat(q1.getInt("received.total")).isEqualTo(1);
        assertThat(q1.getInt("pending.withinDeadline")).isEqualTo(1);
        assertThat(q1.getInt("pending.overdue")).isZero();
        assertThat(quarterly(DIEN_BIEN, 2033, 2).getInt("resolved.onTime")).isEqualTo(1);
    }

    @Test
    void aReceivedArrivingAfterItsResolvedDoesNotTakeBackTheExtendedDueDate() {
        // the same story in Q3 2033, its events out of order (a replay, a republished Received)
        UUID dossier = UUID.randomUUID();
        double before = consumed(metrics, EventType.DOSSIER_RECEIVED);
        send(resolved(LAI_CHAU, dossier, Channel.POSTAL, "2033-08-01T09:00", "2033-10-20T17:00",
                "2033-10-10T10:00", Timeliness.ON_TIME));
        send(received(LAI_CHAU, dossier, Channel.POSTAL, "2033-08-01T09:00", "2033-08-15T17:00"));

        await().atMost(EVENTUALLY).until(() -> consumed(metrics, EventType.DOSSIER_RECEIVED) >= before + 1);
        JsonPath q3 = quarterly(LAI_CHAU, 2033, 3);
        assertThat(q3.getInt("received.total")).isEqualTo(1);
        assertThat(q3.getInt("pending.withinDeadline")).isEqualTo(1);
        assertThat(q3.getInt("pending.overdue")).isZero();
    }

    @Test
    void aNationalAuditorReadsAnotherProvinceOnlyByNamingIt() {
        send(received(LANG_SON, UUID.randomUUID(), Channel.POSTAL, "2031-11-03T09:00", "2031-11-17T17:00"));
        await().atMost(EVENTUALLY).until(() -> receivedTotal(LANG_SON, 2031, 4) == 1);
        String auditor = Tokens.user("auditor").roles("national-auditor").sign();

        given().auth().oauth2(auditor).queryParam("year", 2031).queryParam("quarter", 4)
                .queryParam("province", LANG_SON).get("/api/reports/quarterly")
                .then().statusCode(200).body("province", equalTo(LANG_SON)).body("received.postal", equalTo(1));
        given().auth().oauth2(auditor).queryParam("year", 2031).queryParam("quarter", 4)
                .queryParam("province", CAO_BANG).get("/api/reports/quarterly")
                .then().statusCode(200).body("province", equalTo(CAO_BANG)).body("received.total", equalTo(0));
        given().auth().oauth2(auditor).queryParam("year", 2031).queryParam("quarter", 4)
                .get("/api/reports/quarterly")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("province"));
    }

    @Test
    void aProvinceAdminNamingAnotherProvinceIsForbidden() {
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).queryParam("year", 2031).queryParam("quarter", 4)
                .queryParam("province", LANG_SON).get("/api/reports/quarterly")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:foreign-province"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).queryParam("year", 2031).queryParam("quarter", 4)
                .queryParam("province", LANG_SON).get("/api/reports/quarterly")
                .then().statusCode(200).body("province", equalTo(LANG_SON));
    }

    @Test
    void anInvalidYearOrQuarterIsNamedInTheProblem() {
        String admin = Tokens.provinceAdmin(LANG_SON);
        given().auth().oauth2(admin).queryParam("year", 1999).queryParam("quarter", 1)
                .get("/api/reports/quarterly").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation")).body("errors.field", contains("year"));
        given().auth().oauth2(admin).queryParam("year", 2026).queryParam("quarter", 5)
                .get("/api/reports/quarterly").then().statusCode(400).body("errors.field", contains("quarter"));
        given().auth().oauth2(admin).queryParam("year", 2026)
                .get("/api/reports/quarterly").then().statusCode(400).body("errors.field", contains("quarter"));
        given().auth().oauth2(admin).queryParam("year", 2026).queryParam("quarter", 1).queryParam("province", "2O")
                .get("/api/reports/quarterly").then().statusCode(400).body("errors.field", contains("province"));
    }

    @Test
    void onlyLeadersOfTheProvinceAndNationalAuditorsReadReports() {
        given().queryParam("year", 2026).queryParam("quarter", 1).get("/api/reports/quarterly")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON).signWithForeignKey())
                .queryParam("year", 2026).queryParam("quarter", 1).get("/api/reports/quarterly")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON))
                .queryParam("year", 2026).queryParam("quarter", 1).get("/api/reports/quarterly")
                .then().statusCode(403).contentType("application/problem+json");
        for (String role : new String[] {"agency-head", "unit-lead"}) {
            given().auth().oauth2(Tokens.user(role).roles(role).province(LANG_SON).sign())
                    .queryParam("year", 2026).queryParam("quarter", 1).get("/api/reports/quarterly")
                    .then().statusCode(200).body("province", equalTo(LANG_SON));
        }
    }
}
