package vn.motcua.dossier.process;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.Dossiers.post;
import static vn.motcua.dossier.TestClock.at;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Organisation;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProvinceCode;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * What a console offers each official on a dossier (GET /{id}/actions/allowed and the dossier's allowedActions),
 * and how its date is explained (GET /{id}/deadline), in Ninh Thuận (58), which no other test uses: Tết 2026 off
 * (16-20/02, named), weekends off, office until 17:00 (10:00Z); a procedure of 5 working days in two steps, QLKH
 * 60 % then QLCN 40 %. Literal instants are UTC; Vietnam is UTC+7.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OffersAndDeadlineTest {
    static final String P = "58";
    static final String PROCEDURE = "1.005858";
    static final Supplier<String> DESK = () -> Tokens.receptionOfficer(P);
    static final Supplier<String> OFFICER = () -> Tokens.user("xuly.nt").roles("processing-officer").province(P)
            .agency("SKHCN-58").unit("QLKH").sign();
    static final Supplier<String> LEAD_QLKH = () -> lead("QLKH");
    static final Supplier<String> LEAD_QLCN = () -> lead("QLCN");
    static final Supplier<String> HEAD = () -> Tokens.user("lanhdao.nt").roles("agency-head").province(P)
            .agency("SKHCN-58").sign();
    private static boolean ready;

    @Inject
    DataSource db;

    static String lead(String unit) {
        return Tokens.user("truongphong-" + unit.toLowerCase() + ".nt").roles("unit-lead").province(P)
                .agency("SKHCN-58").unit(unit).sign();
    }

    @BeforeEach
    void organisationProcedureAndCalendarOnce() {
        if (ready) {
            return;
        }
        ready = true;
        Catalogue.send(P, Organisation.agency(P, "SKHCN-58", "000.00.15.H58", null, 1, "MOTCUA", "QLKH", "QLCN"));
        Organisation.await(db, "select count(*) from agency_replica where province_code = '58'", "1");
        Catalogue.send(P, Organisation.procedure(P, PROCEDURE, "SKHCN-58", Mechanism.ONE_STOP, List.of(), 5,
                "QLKH:60", "QLCN:40"));
        Organisation.await(db, "select count(*) from procedure_version_replica where province_code = '58'", "1");
        List<CalendarChanged.Day> tet = Stream.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                "2026-02-20").map(d -> new CalendarChanged.Day(LocalDate.parse(d), CalendarChanged.DayKind.HOLIDAY,
                        "Tết Nguyên đán", "test", CalendarChanged.DayStatus.DECIDED)).toList();
        TestKafka.publish(EventEnvelope.of(new CalendarChanged(P, 1, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(new CalendarChanged.OfficeHours(
                        LocalDate.parse("2022-01-01"), LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30),
                        LocalTime.of(17, 0), LocalTime.of(15, 0))), tet, Instant.parse("2026-01-05T01:00:00Z"), null),
                new ProvinceCode(P), Instant.now()));
        Organisation.await(db, "select count(*) from calendar_replica where province_code = '58'", "1");
    }

    static ValidatableResponse allowed(Supplier<String> token, String id) {
        return given().auth().oauth2(token.get()).get("/api/dossiers/{id}/actions/allowed", id).then()
                .statusCode(200);
    }

    static ValidatableResponse deadline(Supplier<String> token, String id) {
        return given().auth().oauth2(token.get()).get("/api/dossiers/{id}/deadline", id).then().statusCode(200);
    }

    @Test
    void eachOfficialIsOfferedWhatTheStateTheRoleAndTheRulesAllowAndTheDeadlineIsExplained() {
        // Thu 12/02/2026 09:00 at the desk; 5 working days over Tết: 13/02, 23, 24, 25, 26/02 17:00
        String id = at("2026-02-12T02:00:00Z", () -> given().auth().oauth2(DESK.get()).contentType(ContentType.JSON)
                .body(Dossiers.request(PROCEDURE, "DIRECT_CENTRE")).post("/api/dossiers").then().statusCode(201)
                .body("dueAt", equalTo("2026-02-26T10:00:00Z"))
                // the desk hands it over, or records a withdrawal; appraisal is the agency's
                .body("allowedActions", containsInAnyOrder("HAND_OVER", "WITHDRAW"))).extract().path("id");
        at("2026-02-12T03:00:00Z", () -> allowed(DESK, id)
                .body("allowed", containsInAnyOrder("HAND_OVER", "WITHDRAW"))
                .body("nextStep.number", equalTo(1)).body("nextStep.unit", equalTo("QLKH"))
                .body("nextStep.agency", equalTo("SKHCN-58")));
        // the processing officer resolves or asks a supplement; the hand-over from the desk is the desk's
        at("2026-02-12T03:00:00Z", () -> allowed(OFFICER, id)
                .body("allowed", containsInAnyOrder("REQUEST_SUPPLEMENT", "RESOLVE")).body("withheld", empty())
                .body("nextStep", nullValue()));
        // a unit lead sees nothing of a file its unit does not hold
        given().auth().oauth2(LEAD_QLKH.get()).get("/api/dossiers/{id}/actions/allowed", id).then().statusCode(404);

        at("2026-02-12T04:00:00Z", () -> post(DESK, "hand-over", id, "{\"toUnit\":\"QLKH\"}")).statusCode(200);
        // the lead of the unit holding it assigns, hands over to step 2, asks a supplement, apologises
        at("2026-02-13T03:00:00Z", () -> allowed(LEAD_QLKH, id)
                .body("allowed", containsInAnyOrder("ASSIGN", "HAND_OVER", "REQUEST_SUPPLEMENT", "EXTEND"))
                .body("nextStep.number", equalTo(2)).body("nextStep.unit", equalTo("QLCN")));
        // Wed 25/02 09:00: the 3 working days to ask a supplement (13, 23, 24/02) are over: withheld, with the
        // problem the request would answer; the apology is still a day before the due date
        at("2026-02-25T02:00:00Z", () -> allowed(LEAD_QLKH, id)
                .body("allowed", containsInAnyOrder("ASSIGN", "HAND_OVER", "EXTEND"))
                .body("withheld", hasSize(1))
                .body("withheld[0].action", equalTo("REQUEST_SUPPLEMENT"))
                .body("withheld[0].type", equalTo("supplement-window-passed"))
                .body("withheld[0].detail", equalTo("a supplement may be requested only within 3 working days of "
                        + "reception (Decree 118/2025 Art. 19 cl. 5)")));
        // ... and the action itself refuses with the same problem
        at("2026-02-25T02:00:00Z", () -> post(OFFICER, "request-supplement", id, "{\"reason\":\"Muộn\"}"))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:supplement-window-passed"));
        // Thu 26/02 08:00, the due day: too late to apologise
        at("2026-02-26T01:00:00Z", () -> allowed(HEAD, id)
                .body("allowed", empty())
                .body("withheld.action", contains("EXTEND"))
                .body("withheld[0].type", equalTo("apology-too-late")));

        // the deadline, explained: Tết by name, the weekends, the flag on the due day
        at("2026-02-26T02:00:00Z", () -> deadline(OFFICER, id)
                .body("limit.value", equalTo(5)).body("limit.unit", equalTo("WORKING_DAYS"))
                .body("acceptedAt", equalTo("2026-02-12T02:00:00Z"))
                .body("originalDueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("dueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("periods", hasSize(1))
                .body("periods[0].start", equalTo("ACCEPTANCE"))
                .body("periods[0].countedFrom", equalTo("2026-02-12"))
                .body("periods[0].skipped.date", contains("2026-02-14", "2026-02-15", "2026-02-16", "2026-02-17",
                        "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22"))
                .body("periods[0].skipped[2].kind", equalTo("HOLIDAY"))
                .body("periods[0].skipped[2].name", equalTo("Tết Nguyên đán"))
                .body("periods[0].skipped[0].kind", equalTo("WEEKLY_REST"))
                .body("periods[0].recomputedDueAt", nullValue())
                .body("clock", equalTo("RUNNING"))
                // 09:00 -> 17:00: 2h30 + 3h30 = 360 working minutes: nearing (8 working hours)
                .body("flag", equalTo("NEARING")).body("workingMinutesLeft", equalTo(360))
                .body("extension", nullValue()));
        // a unit lead of another unit sees no deadline of a file it does not hold
        given().auth().oauth2(LEAD_QLCN.get()).get("/api/dossiers/{id}/deadline", id).then().statusCode(404);
    }

    @Test
    void theDeadlineShowsTheRestartAfterASupplementAndTheApologysNewDate() {
        String id = at("2026-02-12T02:00:00Z", () -> given().auth().oauth2(DESK.get()).contentType(ContentType.JSON)
                .body(Dossiers.request(PROCEDURE, "DIRECT_CENTRE")).post("/api/dossiers").then().statusCode(201))
                .extract().path("id");
        at("2026-02-13T03:00:00Z", () -> post(OFFICER, "request-supplement", id,
                "{\"reason\":\"Thiếu chứng chỉ\"}")).statusCode(200);
        // while the papers are awaited the clock is stopped; a second request is withheld
        at("2026-02-18T03:00:00Z", () -> deadline(OFFICER, id).body("clock", equalTo("STOPPED_FOR_SUPPLEMENT"))
                .body("flag", nullValue()).body("periods[0].stoppedAt", equalTo("2026-02-13T03:00:00Z"))
                .body("periods[0].supplementReason", equalTo("Thiếu chứng chỉ")));
        at("2026-02-18T03:00:00Z", () -> allowed(DESK, id).body("allowed", containsInAnyOrder("SUPPLEMENT",
                "WITHDRAW")));
        // Mon 23/02 09:00: complete; 5 days from zero: 24, 25, 26, 27/02, 02/03
        at("2026-02-23T02:00:00Z", () -> post(DESK, "supplement", id, null)).statusCode(200)
                .body("dueAt", equalTo("2026-03-02T10:00:00Z"));
        at("2026-02-24T02:00:00Z", () -> allowed(OFFICER, id).body("allowed", containsInAnyOrder("RESOLVE"))
                .body("withheld[0].type", equalTo("supplement-already-requested")));
        at("2026-02-25T03:00:00Z", () -> post(HEAD, "extend", id,
                "{\"reason\":\"Cần thẩm định thực tế\",\"newDueDate\":\"2026-03-06\",\"signedBy\":\"Trần Văn Phó\"}"))
                .statusCode(200);
        at("2026-02-25T03:00:00Z", () -> deadline(DESK, id)
                .body("periods.start", contains("ACCEPTANCE", "RESTART"))
                .body("periods[1].startedAt", equalTo("2026-02-23T02:00:00Z"))
                .body("periods[1].dueAt", equalTo("2026-03-02T10:00:00Z"))
                .body("periods[1].skipped.date", contains("2026-02-28", "2026-03-01"))
                .body("extension.dueBefore", equalTo("2026-03-02T10:00:00Z"))
                .body("extension.dueAfter", equalTo("2026-03-06T10:00:00Z"))
                .body("extension.signedBy", equalTo("Trần Văn Phó"))
                .body("dueAt", equalTo("2026-03-06T10:00:00Z"))
                .body("flag", equalTo("DUE")));
        // the date was moved once: the apology is withheld now
        at("2026-02-26T03:00:00Z", () -> allowed(HEAD, id).body("withheld[0].type", equalTo("already-extended")));
    }

    @Test
    void theWorklistFiltersByStatusAndProcedureAndServesAThousandRowsAPage() {
        at("2026-03-02T02:00:00Z", () -> given().auth().oauth2(DESK.get()).contentType(ContentType.JSON)
                .body(Dossiers.request(PROCEDURE, "DIRECT_CENTRE")).post("/api/dossiers").then().statusCode(201));
        given().auth().oauth2(DESK.get()).queryParam("view", "mine").queryParam("status", "RECEIVED")
                .queryParam("procedure", PROCEDURE).queryParam("size", 1000).get("/api/worklist").then()
                .statusCode(200).body("status.unique()", contains("RECEIVED"))
                .body("procedureCode.unique()", contains(PROCEDURE))
                .body("applicantName.unique()", contains("Nguyễn Thị Hoa"));
        given().auth().oauth2(DESK.get()).queryParam("procedure", "9.999999").get("/api/worklist").then()
                .statusCode(200).body("", empty()).header("X-Total-Count", "0");
        given().auth().oauth2(DESK.get()).queryParam("status", "RESOLVED").get("/api/worklist").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(DESK.get()).queryParam("size", 1001).get("/api/worklist").then().statusCode(400);
    }
}
