package vn.motcua.dossier.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Organisation;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * The internal process on the real database and broker: the desk hands over to step 1, the unit lead assigns,
 * the unit hands over to the next step, to a co-operating agency (liên thông) and back, and the dossier is
 * resolved; each step's due instant is its cumulative share of the time limit (StepPlan), each agency's working
 * time counted apart. Province 64 (no other test uses it) has no calendar replica: weekdays, 07:30-11:30 and
 * 13:30-17:00 in Vietnam (UTC+7), transfer cut-off 15:00.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProcessResourceTest {
    static final String P = "64";
    /** Inter-connected with CCTDC-64: QLKH 30 %, QLCN 40 %, the Chi cục's QLTDC 20 %, VP 10 %; 10 working days. */
    static final String LIEN_THONG = "1.006464";
    /** One-stop only: QLKH 50 %, QLCN 50 %; 4 working days. */
    static final String ONE_STOP = "1.006465";
    /** A version whose internal process is not described (as the demo catalogue's): 5 working days, no steps. */
    static final String NO_STEPS = "1.006466";

    private static boolean published;

    @Inject
    DataSource db;

    @BeforeEach
    void announceOnce() {
        if (published) {
            return;
        }
        published = true;
        Catalogue.send(P, Organisation.agency(P, "SKHCN-64", "000.00.15.H64", null, 1, "MOTCUA", "QLKH", "QLCN",
                "VP"));
        Catalogue.send(P, Organisation.agency(P, "CCTDC-64", "000.01.15.H64", "SKHCN-64", 1, "QLTDC"));
        Catalogue.send(P, Organisation.procedure(P, LIEN_THONG, "SKHCN-64", Mechanism.INTER_CONNECTED,
                List.of("CCTDC-64"), 10, "QLKH:30", "QLCN:40", "QLTDC:20", "VP:10"));
        Catalogue.send(P, Organisation.procedure(P, ONE_STOP, "SKHCN-64", Mechanism.ONE_STOP, List.of(), 4,
                "QLKH:50", "QLCN:50"));
        Organisation.await(db, "select count(*) from agency_replica where province_code = '64'", "2");
        Catalogue.send(P, Organisation.procedure(P, NO_STEPS, "SKHCN-64", Mechanism.ONE_STOP, List.of(), 5));
        Organisation.await(db, "select count(*) from procedure_version_replica where province_code = '64'", "3");
    }

    static String desk() {
        return Tokens.receptionOfficer(P);
    }

    static String officer(String name, String agency, String unit) {
        return Tokens.user(name).roles("processing-officer").province(P).agency(agency).unit(unit).sign();
    }

    static String lead(String unit) {
        return Tokens.user("truongphong-" + unit.toLowerCase() + "-64").roles("unit-lead").province(P)
                .agency("SKHCN-64").unit(unit).sign();
    }

    /** Receives a dossier at the desk at {@code at}. */
    static String[] receive(String procedure, String at) {
        String[] out = new String[2];
        TestClock.at(Instant.parse(at), () -> {
            var r = given().auth().oauth2(desk()).contentType(ContentType.JSON)
                    .body(Dossiers.request(procedure, "DIRECT_CENTRE")).post("/api/dossiers")
                    .then().statusCode(201).extract();
            out[0] = r.path("id");
            out[1] = r.path("code");
        });
        return out;
    }

    static ValidatableResponse handOver(String token, String id, String body, String at) {
        ValidatableResponse[] out = new ValidatableResponse[1];
        TestClock.at(Instant.parse(at), () -> out[0] = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body).post("/api/dossiers/{id}/hand-over", id).then());
        return out[0];
    }

    static ValidatableResponse assign(String token, String id, String officer, String at) {
        ValidatableResponse[] out = new ValidatableResponse[1];
        TestClock.at(Instant.parse(at), () -> out[0] = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"officer\":\"" + officer + "\"}").post("/api/dossiers/{id}/assign", id).then());
        return out[0];
    }

    @Test
    void fromTheDeskThroughEachStepToACoOperatingAgencyAndBackEachAgencysTimeCountedApart() {
        // Tue 03/03/2026 10:00 in Vietnam; 10 working days -> Tue 17/03 17:00 (10:00Z). Step shares 30/40/20/10 %:
        // cumulative 3, 7, 9, 10 days -> Fri 06/03, Thu 12/03, Mon 16/03, Tue 17/03, each at 17:00 (10:00Z)
        String[] dossier = receive(LIEN_THONG, "2026-03-03T03:00:00Z");
        String id = dossier[0];
        assertThat(dossier[1]).isEqualTo("000.00.15.H64-260303-0001");

        // the desk, at 14:00 (before the 15:00 cut-off: due by the close of the same day), to step 1
        handOver(desk(), id, "{\"toUnit\":\"QLKH\"}", "2026-03-03T07:00:00Z").statusCode(200)
                .body("status", equalTo("IN_APPRAISAL"))
                .body("currentStep", equalTo(1)).body("currentAgency", equalTo("SKHCN-64"))
                .body("currentUnit", equalTo("QLKH")).body("currentOfficer", nullValue())
                .body("stepDueAt", equalTo("2026-03-06T10:00:00Z"))
                .body("steps[0].number", equalTo(0)).body("steps[0].since", equalTo("2026-03-03T03:00:00Z"))
                .body("steps[0].until", equalTo("2026-03-03T07:00:00Z"))
                .body("steps[0].dueAt", equalTo("2026-03-03T10:00:00Z"))
                // 10:00-11:30 and 13:30-14:00
                .body("steps[0].elapsedWorkingMinutes", equalTo(120)).body("steps[0].withinShare", equalTo(true));

        // the unit lead of QLKH assigns an officer at 15:00: the same step, now with its officer
        assign(lead("QLKH"), id, "xuly-qlkh-64", "2026-03-03T08:00:00Z").statusCode(200)
                .body("currentStep", equalTo(1)).body("currentOfficer", equalTo("xuly-qlkh-64"))
                .body("steps", hasSize(2)).body("steps[1].officer", equalTo("xuly-qlkh-64"))
                .body("steps[1].since", equalTo("2026-03-03T07:00:00Z"));

        // Thu 05/03 09:00, the officer to step 2 (QLCN) naming its officer
        handOver(officer("xuly-qlkh-64", "SKHCN-64", "QLKH"), id,
                "{\"toUnit\":\"QLCN\",\"toOfficer\":\"xuly-qlcn-64\"}", "2026-03-05T02:00:00Z").statusCode(200)
                .body("currentStep", equalTo(2)).body("currentOfficer", equalTo("xuly-qlcn-64"))
                .body("stepDueAt", equalTo("2026-03-12T10:00:00Z"))
                // 03/03 14:00-17:00 (180), 04/03 (450), 05/03 07:30-09:00 (90)
                .body("steps[1].elapsedWorkingMinutes", equalTo(720)).body("steps[1].withinShare", equalTo(true));

        // Wed 11/03 10:00, liên thông: to the Chi cục's unit QLTDC, step 3
        handOver(officer("xuly-qlcn-64", "SKHCN-64", "QLCN"), id,
                "{\"toUnit\":\"QLTDC\",\"toAgency\":\"CCTDC-64\"}", "2026-03-11T03:00:00Z").statusCode(200)
                .body("currentStep", equalTo(3)).body("currentAgency", equalTo("CCTDC-64"))
                .body("stepDueAt", equalTo("2026-03-16T10:00:00Z"))
                // 05/03 09:00-17:00 (360), 06, 09, 10/03 (3 × 450), 11/03 07:30-10:00 (150)
                .body("steps[2].elapsedWorkingMinutes", equalTo(1860));

        // the co-operating agency's officer sees and hands back, late: Tue 17/03 09:00, after its step's 16/03
        handOver(officer("xuly-qltdc-64", "CCTDC-64", "QLTDC"), id, "{\"toUnit\":\"VP\"}", "2026-03-17T02:00:00Z")
                .statusCode(200)
                .body("currentStep", equalTo(4)).body("currentAgency", equalTo("SKHCN-64"))
                .body("stepDueAt", equalTo("2026-03-17T10:00:00Z"))
                // 11/03 10:00-17:00 (300), 12, 13, 16/03 (3 × 450), 17/03 07:30-09:00 (90)
                .body("steps[3].agency", equalTo("CCTDC-64")).body("steps[3].elapsedWorkingMinutes", equalTo(1740))
                .body("steps[3].withinShare", equalTo(false));

        // resolved at 10:00 the same day by the competent agency's officer
        TestClock.at(Instant.parse("2026-03-17T03:00:00Z"), () -> given().auth()
                .oauth2(Tokens.processingOfficer(P)).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(200).body("status", equalTo("RESOLVED")));

        TestClock.at(Instant.parse("2026-03-18T03:00:00Z"), () -> given().auth().oauth2(lead("VP"))
                .get("/api/dossiers/{id}/process", id).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("steps.number", contains(0, 1, 2, 3, 4))
                .body("steps.unit", contains(null, "QLKH", "QLCN", "QLTDC", "VP"))
                .body("steps.officer", contains(null, "xuly-qlkh-64", "xuly-qlcn-64", null, null))
                .body("steps.dueAt", contains("2026-03-03T10:00:00Z", "2026-03-06T10:00:00Z",
                        "2026-03-12T10:00:00Z", "2026-03-16T10:00:00Z", "2026-03-17T10:00:00Z"))
                .body("steps.withinShare", contains(true, true, true, false, true))
                .body("steps[4].until", equalTo("2026-03-17T03:00:00Z"))
                .body("steps[4].elapsedWorkingMinutes", equalTo(60))
                // each agency apart: the Sở 720 + 1860 + 60, the Chi cục 1740
                .body("agencies.agency", contains("SKHCN-64", "CCTDC-64"))
                .body("agencies.elapsedWorkingMinutes", contains(2640, 1740)));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            List<ConsumerRecord<String, String>> handOvers = reader.await(r -> id.equals(r.key())
                    && "vn.motcua.dossier.handed-over.v1".equals(TestKafka.header(r, CloudEventCodec.H_TYPE)), 5,
                    Duration.ofSeconds(20));
            assertThat(handOvers).extracting(ConsumerRecord::value).anySatisfy(v -> assertThat(v)
                    .contains("\"toAgency\":\"CCTDC-64\"", "\"interAgency\":true",
                            "\"stepDueAt\":\"2026-03-16T10:00:00Z\""));
            assertThat(handOvers).extracting(ConsumerRecord::value).anySatisfy(v -> assertThat(v)
                    .contains("\"toOfficer\":\"xuly-qlkh-64\"", "\"interAgency\":false"));
        }
    }

    @Test
    void aUnitThatIsNotTheNextStepsOrUnknownOrAnAgencyThatDoesNotCoOperateIsRefusedNamingTheField() {
        String id = receive(LIEN_THONG, "2026-03-04T03:00:00Z")[0];
        handOver(desk(), id, "{\"toUnit\":\"QLCN\"}", "2026-03-04T04:00:00Z").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-the-next-step"))
                .body("errors[0].field", equalTo("toUnit"));
        handOver(desk(), id, "{\"toUnit\":\"PHONGMA\"}", "2026-03-04T04:00:00Z").statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:unknown-unit")).body("errors[0].field", equalTo("toUnit"));
        handOver(desk(), id, "{\"toUnit\":\"QLKH\",\"toAgency\":\"SYT-64\"}", "2026-03-04T04:00:00Z")
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:not-a-cooperating-agency"))
                .body("errors[0].field", equalTo("toAgency"));
        handOver(desk(), id, "{}", "2026-03-04T04:00:00Z").statusCode(400).body("errors[0].field", equalTo("toUnit"));

        // a one-stop procedure has no co-operating agency: liên thông is refused even to a real agency
        String single = receive(ONE_STOP, "2026-03-04T03:00:00Z")[0];
        handOver(desk(), single, "{\"toUnit\":\"QLTDC\",\"toAgency\":\"CCTDC-64\"}", "2026-03-04T04:00:00Z")
                .statusCode(422).body("errors[0].field", equalTo("toAgency"));
        // nothing was appended: the dossier is still at the desk
        TestClock.at(Instant.parse("2026-03-04T05:00:00Z"), () -> given().auth().oauth2(desk())
                .get("/api/dossiers/{id}/process", single).then().statusCode(200)
                .body("currentStep", nullValue()).body("steps", hasSize(1)));
    }

    @Test
    void onlyTheDeskThenTheHoldingUnitMovesTheDossierOthersAre403Or404() {
        String id = receive(ONE_STOP, "2026-03-05T03:00:00Z")[0];
        // a processing officer may not take it from the desk; an officer of another agency does not see it
        handOver(officer("xuly-qlkh-64", "SKHCN-64", "QLKH"), id, "{\"toUnit\":\"QLKH\"}", "2026-03-05T04:00:00Z")
                .statusCode(403).body("type", equalTo("urn:mot-cua:problem:not-your-step"));
        handOver(officer("xuly-syt-64", "SYT-64", "QLKH"), id, "{\"toUnit\":\"QLKH\"}", "2026-03-05T04:00:00Z")
                .statusCode(404);
        handOver(Tokens.receptionOfficer("20"), id, "{\"toUnit\":\"QLKH\"}", "2026-03-05T04:00:00Z")
                .statusCode(404);
        // a unit lead sees his unit's dossiers only: one still at the desk is not found for him
        assign(lead("QLKH"), id, "xuly-qlkh-64", "2026-03-05T04:00:00Z").statusCode(404);

        handOver(desk(), id, "{\"toUnit\":\"QLKH\"}", "2026-03-05T04:00:00Z").statusCode(200)
                // 4 days at 50/50: 2 days from Thu 05/03 -> Mon 09/03 17:00
                .body("stepDueAt", equalTo("2026-03-09T10:00:00Z"));
        // now the desk no longer moves it, nor another unit's officer or lead
        handOver(desk(), id, "{\"toUnit\":\"QLCN\"}", "2026-03-05T05:00:00Z").statusCode(403);
        handOver(officer("xuly-qlcn-64", "SKHCN-64", "QLCN"), id, "{\"toUnit\":\"QLCN\"}", "2026-03-05T05:00:00Z")
                .statusCode(403);
        // another unit's lead does not see it (his scope is his unit); the agency's officer sees it but may not assign
        assign(lead("QLCN"), id, "xuly-qlcn-64", "2026-03-05T05:00:00Z").statusCode(404);
        given().auth().oauth2(Tokens.processingOfficer(P)).contentType(ContentType.JSON)
                .body("{\"officer\":\"x\"}").post("/api/dossiers/{id}/assign", id).then().statusCode(403);

        // the last step has no next one; after the resolution nothing moves it (409)
        handOver(lead("QLKH"), id, "{\"toUnit\":\"QLCN\"}", "2026-03-05T06:00:00Z").statusCode(200)
                .body("stepDueAt", equalTo("2026-03-11T10:00:00Z"));
        handOver(officer("xuly-qlcn-64", "SKHCN-64", "QLCN"), id, "{\"toUnit\":\"QLKH\"}", "2026-03-05T07:00:00Z")
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:no-next-step"));
        TestClock.at(Instant.parse("2026-03-05T08:00:00Z"), () -> given().auth().oauth2(Tokens.processingOfficer(P))
                .post("/api/dossiers/{id}/resolve", id).then().statusCode(200));
        assign(lead("QLCN"), id, "xuly-qlcn-64", "2026-03-05T09:00:00Z").statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
    }

    @Test
    void aVersionWithoutStepsTakesAnyUnitOfTheAgencyInOrderWithoutAStepDueInstant() {
        String id = receive(NO_STEPS, "2026-03-06T03:00:00Z")[0];
        handOver(desk(), id, "{\"toUnit\":\"QLCN\"}", "2026-03-06T04:00:00Z").statusCode(200)
                .body("currentStep", equalTo(1)).body("currentUnit", equalTo("QLCN"))
                .body("stepDueAt", nullValue());
        handOver(officer("xuly-qlcn-64", "SKHCN-64", "QLCN"), id, "{\"toUnit\":\"VP\"}", "2026-03-06T05:00:00Z")
                .statusCode(200).body("currentStep", equalTo(2)).body("currentUnit", equalTo("VP"))
                .body("steps.withinShare", contains(true, null, null));
        // still only units the agency has
        handOver(Tokens.user("xuly-vp-64").roles("processing-officer").province(P).agency("SKHCN-64").unit("VP")
                .sign(), id, "{\"toUnit\":\"QLTDC\"}", "2026-03-06T06:00:00Z").statusCode(422)
                .body("errors[0].field", equalTo("toUnit"));
    }
}
