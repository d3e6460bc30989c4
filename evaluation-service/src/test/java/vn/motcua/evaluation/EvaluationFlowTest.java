package vn.motcua.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.evaluation.flow.Scenario.EVENTUALLY;
import static vn.motcua.evaluation.flow.Scenario.LANG_SON;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.evaluation.flow.Scenario;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventType;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Dossier events in, evaluations and scorecards out (Circular 01/2018/TT-VPCP Art. 13-15), with literal expected
 * numbers for a hand-made quarter ({@link Scenario}): three dossiers with 2, 2 and 1 points on indicator 1.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvaluationFlowTest {
    private static Scenario quarter;
    private static RuntimeException failed;

    /** The quarter, published once for the class (a failure to publish it fails every test at once). */
    static synchronized Scenario quarter() {
        if (failed != null) {
            throw failed;
        }
        if (quarter == null) {
            try {
                quarter = Scenario.published();
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            }
        }
        return quarter;
    }

    @Test
    void theOfficersScorecardAveragesTheirDossiersPoints() {
        Scenario q = quarter();
        // 1: (2 + 2 + 1) / 3 = 1.7; 3 and 4: nobody was asked twice, 2.0; 7: early, early, on time = 1.7;
        // 2: the steps have no share of the time limit, no data (left out of total and max)
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.reception).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/OFFICER/detail")
                .then().statusCode(200)
                .body("dossiers", equalTo(3))
                .body("period.from", equalTo("2026-03-15")).body("period.to", equalTo("2026-06-14"))
                .body("indicators.indicator", contains(1, 2, 3, 4, 7))
                .body("indicators[0].score", equalTo(1.7f)).body("indicators[0].pointsSum", equalTo(5))
                .body("indicators[0].dossiers", equalTo(3))
                .body("indicators[1].status", equalTo("NO_DATA")).body("indicators[1].score", nullValue())
                .body("indicators[2].score", equalTo(2.0f)).body("indicators[3].score", equalTo(2.0f))
                .body("indicators[4].score", equalTo(1.7f))
                .body("total", equalTo(7.4f)).body("max", equalTo(8))
                .body("band", equalTo("OFFICER_FULL")).body("bandLabel", equalTo("Hoàn thành 100% nhiệm vụ"));
    }

    @Test
    void theAgencyAndUnitScorecardsAddThePerUnitIndicators() {
        Scenario q = quarter();
        // 6: no published version of the procedure is known, 0 each; 8: no feedback, 2; 5 and 9: no procedure
        // in force, no data. 1.7 + 2.0 + 2.0 + 0.0 + 1.7 + 2.0 = 9.4 of 12: khá
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.agency).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/AGENCY/detail")
                .then().statusCode(200)
                .body("total", equalTo(9.4f)).body("max", equalTo(12)).body("band", equalTo("KHA"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.unitSubject()).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/UNIT/detail")
                .then().statusCode(200)
                .body("indicators.indicator", contains(5, 6, 8, 9))
                .body("total", equalTo(2.0f)).body("max", equalTo(4)).body("band", nullValue());
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.agency).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/AGENCY/components")
                .then().statusCode(200).header("X-Total-Count", "3")
                .body("points.'1'", contains(2, 2, 1));
    }

    @Test
    void everyEvaluationAndTheScorecardsAreAnnounced() {
        Scenario q = quarter();
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            for (DossierStory d : q.dossiers) {
                ConsumerRecord<String, String> event =
                        reader.await(r -> d.id.toString().equals(r.key()), 1, EVENTUALLY).getFirst();
                assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE))
                        .isEqualTo(EventType.DOSSIER_EVALUATED.type());
                assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
                assertThat(event.value()).contains("\"revision\":1", "\"policy\":\"TT01-2018\"");
            }
        }
        String key = LANG_SON + ":OFFICER:" + q.reception + ":2026-Q2";
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_SCORECARDS)) {
            List<ConsumerRecord<String, String>> changes = reader.await(
                    r -> key.equals(r.key()) && r.value().contains("\"dossiers\":3"), 1, EVENTUALLY);
            assertThat(changes.getLast().value()).contains("\"total\":7.4", "\"max\":8", "\"band\":\"OFFICER_FULL\"");
            assertThat(TestKafka.header(changes.getLast(), CloudEventCodec.H_TYPE))
                    .isEqualTo(EventType.SCORECARD_CHANGED.type());
        }
    }

    @Test
    void aSecondIdenticalDeliveryChangesNothing() {
        Scenario q = quarter();
        DossierStory first = q.dossiers.getFirst();
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            reader.await(r -> first.id.toString().equals(r.key()), 1, EVENTUALLY);
            TestKafka.publish(first.last());                              // the resolution again: a redelivery
            TestKafka.publish(DossierStory.of(LANG_SON, q.agency).received(q.reception).last()); // unrelated
            List<ConsumerRecord<String, String>> after =
                    reader.within(r -> first.id.toString().equals(r.key()), Duration.ofSeconds(4));
            assertThat(after).hasSize(1);
        }
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", first.id)
                .then().statusCode(200).body("revision", equalTo(1)).body("status", equalTo("EVALUATED"));
    }

    @Test
    void theDossiersEvaluationShowsEachIndicatorAndOfficer() {
        Scenario q = quarter();
        DossierStory onTime = q.dossiers.getLast();
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", onTime.id)
                .then().statusCode(200)
                .body("dossierCode", equalTo(onTime.code)).body("agency", equalTo(q.agency))
                .body("unit", equalTo(Scenario.UNIT)).body("policy", equalTo("TT01-2018"))
                .body("status", equalTo("EVALUATED"))
                .body("indicators.indicator", contains(1, 2, 3, 4, 6, 7))
                .body("indicators[0].points", equalTo(1)).body("indicators[0].name", not(nullValue()))
                .body("officers.officer", contains(q.reception, q.processing))
                .body("officers.role", contains("RECEPTION", "PROCESSING"))
                .body("rating", nullValue()).body("complaints", equalTo(0));
        // another province's admin, another agency's head: not theirs to know of
        given().auth().oauth2(Tokens.provinceAdmin(Scenario.CAO_BANG))
                .get("/api/evaluations/dossiers/{id}", onTime.id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("lanhdao-khac").roles("agency-head").province(LANG_SON)
                        .agency("SXD-20").sign())
                .get("/api/evaluations/dossiers/{id}", onTime.id).then().statusCode(404);
    }

    @Test
    void aWithdrawnDossierIsNotEvaluatedAndAnImportedOneCountsForItsAgencyWithoutOfficers() {
        Scenario q = quarter();
        DossierStory withdrawn = DossierStory.of(LANG_SON, q.agency).received(q.reception)
                .withdrawn(Instant.parse("2026-04-03T03:00:00Z"));
        DossierStory imported = DossierStory.of(LANG_SON, q.agency).imported().received(null)
                .resolved(Instant.parse("2026-04-10T03:00:00Z"), Scenario.UNIT, null);
        withdrawn.events().forEach(TestKafka::publish);
        imported.events().forEach(TestKafka::publish);

        // the old system's history tells indicators 1, 3, 4, 6 and 7; its officers are unknown, so no officer
        // scorecard counts it, while the agency's does (its quarter must not look empty after a migration)
        await().atMost(EVENTUALLY).until(() -> "EVALUATED".equals(given().auth().oauth2(
                Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", imported.id).path("status")));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", imported.id)
                .then().body("officers.size()", equalTo(0))
                .body("indicators.find { it.indicator == 1 }.status", equalTo("SCORED"));
        await().atMost(EVENTUALLY).until(() -> "PENDING".equals(given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .get("/api/evaluations/dossiers/{id}", withdrawn.id).path("status"))
                && given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}",
                        withdrawn.id).path("indicators[0].reason").toString().contains("dừng giải quyết"));
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.agency).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/AGENCY/detail")
                .then().statusCode(200).body("dossiers", equalTo(4)));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            assertThat(reader.within(r -> withdrawn.id.toString().equals(r.key()), Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void eachCallerReadsTheScorecardsOfTheirJurisdiction() {
        Scenario q = quarter();
        String officer = q.token(q.reception, "reception-officer");
        String lead = q.token("truongphong-x", "unit-lead");
        String head = q.token("lanhdao-x", "agency-head");

        // an officer: their own, not a colleague's, and no unit's
        detail(officer, "OFFICER", q.reception).then().statusCode(200);
        detail(officer, "OFFICER", q.processing).then().statusCode(404).body("type",
                equalTo("urn:mot-cua:problem:not-found"));
        detail(officer, "UNIT", q.unitSubject()).then().statusCode(403).body("type",
                equalTo("urn:mot-cua:problem:outside-jurisdiction"));
        // a unit lead: the unit and who handled steps in it (the desk's officer did not)
        detail(lead, "UNIT", q.unitSubject()).then().statusCode(200);
        detail(lead, "OFFICER", q.processing).then().statusCode(200);
        detail(lead, "OFFICER", q.reception).then().statusCode(404);
        detail(lead, "AGENCY", q.agency).then().statusCode(403);
        // an agency head: the agency, its units and officers, the province; not another agency
        detail(head, "AGENCY", q.agency).then().statusCode(200).body("total", equalTo(9.4f));
        detail(head, "UNIT", q.unitSubject()).then().statusCode(200);
        detail(head, "OFFICER", q.reception).then().statusCode(200);
        detail(head, "PROVINCE", LANG_SON).then().statusCode(200);
        detail(head, "AGENCY", "SXD-20").then().statusCode(404);
        ranking(head, "OFFICER").then().statusCode(200).header("X-Total-Count", "2")
                .body("subject", contains(q.reception, q.processing));
        // Cao Bằng's admin sees nothing of Lạng Sơn, and may not name it
        ranking(Tokens.provinceAdmin(Scenario.CAO_BANG), "AGENCY").then().statusCode(200)
                .body("subject", not(hasItem(q.agency)));
        given().auth().oauth2(Tokens.provinceAdmin(Scenario.CAO_BANG)).queryParam("period", "2026-Q2")
                .queryParam("province", LANG_SON).get("/api/evaluations/scorecards/AGENCY")
                .then().statusCode(422).body("errors[0].field", equalTo("province"));
        // the national auditor names the province
        String auditor = Tokens.user("kiemtra").roles("national-auditor").sign();
        ranking(auditor, "AGENCY").then().statusCode(422).body("errors[0].field", equalTo("province"));
        given().auth().oauth2(auditor).queryParam("period", "2026-Q2").queryParam("province", LANG_SON)
                .get("/api/evaluations/scorecards/AGENCY").then().statusCode(200).body("subject", hasItem(q.agency));
        // portals and citizens read no scorecard
        ranking(Tokens.user("congdan").roles("citizen").province(LANG_SON).sign(), "OFFICER").then()
                .statusCode(403);
    }

    @Test
    void aPeriodIsAQuarterAYearOrARangeAndNothingElse() {
        Scenario q = quarter();
        for (String bad : List.of("2026-Q5", "26-Q1", "2026-04-01..2027-06-01", "2026-06-01..2026-04-01", "")) {
            given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).queryParam("period", bad)
                    .get("/api/evaluations/scorecards/OFFICER").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        }
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.reception).queryParam("period", "2026-04-10..2026-04-13")
                .get("/api/evaluations/scorecards/OFFICER/detail")
                .then().statusCode(200).body("dossiers", equalTo(2)).body("indicators[0].score", equalTo(2.0f));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", q.reception).queryParam("period", "2026")
                .get("/api/evaluations/scorecards/OFFICER/detail")
                .then().statusCode(200).body("period.from", equalTo("2025-12-15")).body("dossiers", equalTo(3));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/SOMEONE").then().statusCode(422)
                .body("errors[0].field", equalTo("kind"));
    }

    private static io.restassured.response.Response detail(String token, String kind, String subject) {
        return given().auth().oauth2(token).queryParam("subject", subject).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/{kind}/detail", kind);
    }

    private static io.restassured.response.Response ranking(String token, String kind) {
        return given().auth().oauth2(token).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/{kind}", kind);
    }
}
