package vn.motcua.dossier.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.TestClock;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.Tokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The overdue sweep (issue 13 item 6) and the closing of dossiers whose supplement did not come (Decree 118/2025
 * Art. 19 cl. 5), run through {@code POST /api/dossiers/sweeps} at fixed instants. Province 11 is this test's
 * alone; its calendar is the weekdays-only fallback, office hours 07:30-11:30 and 13:30-17:00 (UTC+7). Each
 * assertion counts the events of its own dossier in the outbox, as the relay publishes each row once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OverdueSweepTest {
    static final String PROVINCE = "11";
    static final String EARLY_WARNING = "19";
    static final String PROCEDURE = "1.000911";
    static final String NEARING = "vn.motcua.dossier.nearing-due.v1";
    static final String OVERDUE = "vn.motcua.dossier.overdue.v1";
    static final String CLOSED = "vn.motcua.dossier.closed.v1";
    private static boolean published;

    @Inject
    DataSource db;

    @Inject
    SweepFixtures fixtures;

    @BeforeEach
    void publishOnce() {
        if (!published) {
            published = true;
            Catalogue.publish(PROVINCE, PROCEDURE, 10);
            Catalogue.awaitReplica(PROVINCE, PROCEDURE);
        }
    }

    static JsonPath sweepAt(Instant at) {
        return sweepAt(PROVINCE, at);
    }

    static JsonPath sweepAt(String province, Instant at) {
        JsonPath[] answer = new JsonPath[1];
        TestClock.at(at, () -> answer[0] = given().auth().oauth2(Tokens.provinceAdmin(province))
                .post("/api/dossiers/sweeps").then().statusCode(200)
                .body("province", equalTo(province)).extract().jsonPath());
        return answer[0];
    }

    int events(String id, String type) throws SQLException {
        return Integer.parseInt(Sql.row(db, "select count(*) from outbox_message where message_key = '" + id
                + "' and event_type = '" + type + "'"));
    }

    String event(String id, String type) throws SQLException {
        return Sql.row(db, "select payload from outbox_message where message_key = '" + id + "' and event_type = '"
                + type + "' order by occurred_at desc limit 1");
    }

    @Test
    void nearingDueInWorkingHoursThenOverdueEachAnnouncedOnceAcrossRuns() throws SQLException {
        // accepted Thu 12/02/2026 10:00; 10 working days -> due Thu 26/02 17:00 (10:00 UTC)
        String id = SweepFixtures.receiveAt(PROVINCE, PROCEDURE, Instant.parse("2026-02-12T03:00:00Z"));

        // Wed 25/02 16:00: 1 + 7.5 = 8.5 working hours left, more than the default 8
        sweepAt(Instant.parse("2026-02-25T09:00:00Z"));
        assertThat(events(id, NEARING)).isZero();
        // Wed 25/02 16:30: 8 working hours left
        sweepAt(Instant.parse("2026-02-25T09:30:00Z"));
        sweepAt(Instant.parse("2026-02-25T09:45:00Z"));
        assertThat(events(id, NEARING)).isEqualTo(1);
        assertThat(event(id, NEARING)).contains("\"dueAt\":\"2026-02-26T10:00:00Z\"")
                .contains("\"detectedAt\":\"2026-02-25T09:30:00Z\"");

        // at the appointed instant it is not yet overdue; a minute later it is, once
        sweepAt(Instant.parse("2026-02-26T10:00:00Z"));
        assertThat(events(id, OVERDUE)).isZero();
        sweepAt(Instant.parse("2026-02-26T10:01:00Z"));
        sweepAt(Instant.parse("2026-02-27T02:00:00Z"));
        assertThat(events(id, OVERDUE)).isEqualTo(1);
        assertThat(events(id, NEARING)).isEqualTo(1);
        assertThat(event(id, OVERDUE)).contains("\"dueAt\":\"2026-02-26T10:00:00Z\"")
                .contains("\"detectedAt\":\"2026-02-26T10:01:00Z\"").contains("\"agency\":\"SKHCN-11\"");
    }

    @Test
    void anApologysNewDateIsAnnouncedAgain() throws SQLException {
        // accepted Mon 06/04/2026 10:00 -> due Mon 20/04 17:00 (10:00 UTC); Fri 17/04 16:30 leaves 0.5 + 7.5
        String id = SweepFixtures.receiveAt(PROVINCE, PROCEDURE, Instant.parse("2026-04-06T03:00:00Z"));
        sweepAt(Instant.parse("2026-04-17T09:30:00Z"));
        assertThat(events(id, NEARING)).isEqualTo(1);
        // the apology, before the due date, moves it to Fri 24/04 17:00
        fixtures.extend(PROVINCE, id, Instant.parse("2026-04-17T09:40:00Z"), Instant.parse("2026-04-24T10:00:00Z"));
        sweepAt(Instant.parse("2026-04-20T10:01:00Z")); // the old date passes: nothing, it no longer binds
        assertThat(events(id, OVERDUE)).isZero();
        sweepAt(Instant.parse("2026-04-23T09:30:00Z")); // Thu 16:30: 8 working hours before the new date
        assertThat(events(id, NEARING)).isEqualTo(2);
        assertThat(event(id, NEARING)).contains("\"dueAt\":\"2026-04-24T10:00:00Z\"");
        sweepAt(Instant.parse("2026-04-24T10:01:00Z"));
        sweepAt(Instant.parse("2026-04-24T11:00:00Z"));
        assertThat(events(id, OVERDUE)).isEqualTo(1);
        assertThat(event(id, OVERDUE)).contains("\"dueAt\":\"2026-04-24T10:00:00Z\"");
    }

    @Test
    void aProvinceMayWarnEarlierThanTheDefault() throws SQLException {
        // accepted Mon 04/05/2026 10:00 -> due Mon 18/05 17:00 (10:00 UTC); Thu 14/05 16:00 leaves 1 + 7.5 + 7.5
        // Thái Nguyên (19) warns at 16 working hours: motcua.dossier.nearing-hours.province."19"=16 (%test)
        Catalogue.publish(EARLY_WARNING, PROCEDURE, 10);
        Catalogue.awaitReplica(EARLY_WARNING, PROCEDURE);
        String id = SweepFixtures.receiveAt(EARLY_WARNING, PROCEDURE, Instant.parse("2026-05-04T03:00:00Z"));
        sweepAt(EARLY_WARNING, Instant.parse("2026-05-14T08:59:00Z"));
        assertThat(events(id, NEARING)).isZero();
        sweepAt(EARLY_WARNING, Instant.parse("2026-05-14T09:00:00Z"));
        assertThat(events(id, NEARING)).isEqualTo(1);
    }

    @Test
    void twoSweepsAtOnceAnnounceEachDossierOnce() throws Exception {
        // five dossiers accepted Mon 02/03/2026 10:00 -> due Mon 16/03 17:00; batches of 2 in tests
        List<String> ids = IntStream.range(0, 5).mapToObj(i -> SweepFixtures.receiveAt(PROVINCE, PROCEDURE,
                Instant.parse("2026-03-02T03:00:00Z"))).toList();
        CountDownLatch start = new CountDownLatch(1);
        Instant at = Instant.parse("2026-03-16T10:30:00Z");
        TestClock.at(at, () -> {
            List<CompletableFuture<Integer>> sweeps = IntStream.range(0, 2).mapToObj(i ->
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return given().auth().oauth2(Tokens.provinceAdmin(PROVINCE)).post("/api/dossiers/sweeps")
                                .then().statusCode(200).extract().<Integer>path("overdue");
                    })).toList();
            start.countDown();
            sweeps.forEach(CompletableFuture::join);
        });
        for (String id : ids) {
            assertThat(events(id, OVERDUE)).as("overdue events of %s", id).isEqualTo(1);
            // found only when already overdue: never announced as near
            assertThat(events(id, NEARING)).as("nearing events of %s", id).isZero();
        }
    }

    @Test
    void aSupplementNotReceivedWithinFifteenDaysClosesTheDossierOnce() throws SQLException {
        // accepted Mon 02/03/2026 10:00; supplement asked Wed 04/03 10:00: day 15 is Thu 19/03, the dossier closes
        // when it ends, at 24:00 (17:00 UTC)
        String id = SweepFixtures.receiveAt(PROVINCE, PROCEDURE, Instant.parse("2026-03-02T03:00:00Z"));
        fixtures.requestSupplement(PROVINCE, id, Instant.parse("2026-03-04T03:00:00Z"));

        sweepAt(Instant.parse("2026-03-18T03:00:00Z")); // day 14
        sweepAt(Instant.parse("2026-03-19T16:59:00Z")); // the last minute of day 15
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(events(id, CLOSED)).isZero();

        sweepAt(Instant.parse("2026-03-19T17:00:00Z"));
        sweepAt(Instant.parse("2026-03-20T03:00:00Z"));
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(events(id, CLOSED)).isEqualTo(1);
        assertThat(event(id, CLOSED)).contains("\"closedAt\":\"2026-03-19T17:00:00Z\"")
                .contains("\"requestedAt\":\"2026-03-04T03:00:00Z\"");
        given().auth().oauth2(Tokens.receptionOfficer(PROVINCE)).get("/api/dossiers/{id}/actions", id)
                .then().statusCode(200)
                .body("action", equalTo(List.of("RECEIVE", "REQUEST_SUPPLEMENT", "CLOSE")))
                .body("[2].actor", equalTo("system:sweep"))
                .body("[2].at", equalTo("2026-03-19T17:00:00Z"));
    }

    @Test
    void papersAskedAtReceptionThatNeverCameCloseTheDossierToo() throws SQLException {
        // submitted online Mon 01/06/2026 10:00, papers asked at 11:00: day 15 is Tue 16/06, closes at its end
        String id = fixtures.submitOnline(PROVINCE, PROCEDURE, Instant.parse("2026-06-01T03:00:00Z"));
        fixtures.requestPapers(PROVINCE, id, Instant.parse("2026-06-01T04:00:00Z"));
        sweepAt(Instant.parse("2026-06-16T16:59:00Z"));
        assertThat(status(id)).isEqualTo("PAPERS_REQUESTED");
        sweepAt(Instant.parse("2026-06-16T17:00:00Z"));
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(events(id, CLOSED)).isEqualTo(1);
        assertThat(event(id, CLOSED)).contains("\"requestedAt\":\"2026-06-01T04:00:00Z\"")
                .doesNotContain("dossierCode\":\"");
    }

    @Test
    void onlyAProvinceAdminRunsTheSweepOnDemand() {
        given().auth().oauth2(Tokens.receptionOfficer(PROVINCE)).post("/api/dossiers/sweeps")
                .then().statusCode(403).contentType("application/problem+json");
        given().post("/api/dossiers/sweeps").then().statusCode(401);
    }

    static String status(String id) {
        return given().auth().oauth2(Tokens.receptionOfficer(PROVINCE)).get("/api/dossiers/{id}", id)
                .then().statusCode(200).extract().path("status");
    }
}
