package vn.motcua.dossier.process;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Organisation;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * Each role's worklist on the real database, read at Wed 04/03/2026 10:00 in Vietnam (03:00Z), with the default
 * nearing threshold of 8 working hours. Province 65 (no other test uses it): weekdays, 07:30-11:30 and
 * 13:30-17:00. Four pending dossiers of agency SKHCN-65 (one-day procedure A, ten-day procedure B; steps QLKH
 * 50 %, QLCN 50 %):
 * <pre>
 *   code  received        limit  due              where now                     flag at 04/03 10:00
 *   A     Mon 02/03 10:00  1 d   Tue 03/03 17:00  QLKH, assigned to xuly-a-65   OVERDUE
 *   B     Tue 03/03 10:00  1 d   Wed 04/03 17:00  QLKH, unassigned              NEARING (5 working hours left)
 *   D     Tue 03/03 10:05 10 d   Tue 17/03 17:00  QLCN, unassigned              DUE
 *   C     Wed 04/03 09:00 10 d   Wed 18/03 17:00  at the desk                   DUE
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class WorklistResourceTest {
    static final String P = "65";
    static final Instant NOW = Instant.parse("2026-03-04T03:00:00Z");
    static final String ONE_DAY = "1.006501";
    static final String TEN_DAYS = "1.006510";

    private static String a;
    private static String b;
    private static String c;
    private static String d;

    @Inject
    DataSource db;

    @BeforeEach
    void fileTheDossiersOnce() {
        if (a != null) {
            return;
        }
        Catalogue.send(P, Organisation.agency(P, "SKHCN-65", "000.00.15.H65", null, 1, "MOTCUA", "QLKH", "QLCN"));
        Catalogue.send(P, Organisation.procedure(P, ONE_DAY, "SKHCN-65", Mechanism.ONE_STOP, List.of(), 1,
                "QLKH:50", "QLCN:50"));
        Catalogue.send(P, Organisation.procedure(P, TEN_DAYS, "SKHCN-65", Mechanism.ONE_STOP, List.of(), 10,
                "QLKH:50", "QLCN:50"));
        Organisation.await(db, "select count(*) from agency_replica where province_code = '65'", "1");
        Organisation.await(db, "select count(*) from procedure_version_replica where province_code = '65'", "2");

        a = receive(ONE_DAY, "2026-03-02T03:00:00Z");
        act(desk(), a, "hand-over", "{\"toUnit\":\"QLKH\"}", "2026-03-02T04:00:00Z");
        act(lead("QLKH"), a, "assign", "{\"officer\":\"xuly-a-65\"}", "2026-03-02T04:30:00Z");
        b = receive(ONE_DAY, "2026-03-03T03:00:00Z");
        act(desk(), b, "hand-over", "{\"toUnit\":\"QLKH\"}", "2026-03-03T04:00:00Z");
        d = receive(TEN_DAYS, "2026-03-03T03:05:00Z");
        act(desk(), d, "hand-over", "{\"toUnit\":\"QLKH\"}", "2026-03-03T03:30:00Z");
        act(lead("QLKH"), d, "hand-over", "{\"toUnit\":\"QLCN\"}", "2026-03-03T04:00:00Z");
        c = receive(TEN_DAYS, "2026-03-04T02:00:00Z");
    }

    static String desk() {
        return Tokens.receptionOfficer(P);
    }

    static String lead(String unit) {
        return Tokens.user("truongphong-" + unit + "-65").roles("unit-lead").province(P).agency("SKHCN-65").unit(unit)
                .sign();
    }

    static String officer(String name, String unit) {
        return Tokens.user(name).roles("processing-officer").province(P).agency("SKHCN-65").unit(unit).sign();
    }

    static String head() {
        return Tokens.user("giamdoc-65").roles("agency-head").province(P).agency("SKHCN-65").sign();
    }

    static String receive(String procedure, String at) {
        String[] id = new String[1];
        TestClock.at(Instant.parse(at), () -> id[0] = given().auth().oauth2(desk()).contentType(ContentType.JSON)
                .body(Dossiers.request(procedure, "DIRECT_CENTRE")).post("/api/dossiers")
                .then().statusCode(201).extract().path("id"));
        return id[0];
    }

    static void act(String token, String id, String action, String body, String at) {
        TestClock.at(Instant.parse(at), () -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/dossiers/{id}/" + action, id).then().statusCode(200));
    }

    static ValidatableResponse worklist(String token, String query) {
        ValidatableResponse[] out = new ValidatableResponse[1];
        TestClock.at(NOW, () -> out[0] = given().auth().oauth2(token).get("/api/worklist" + query).then());
        return out[0];
    }

    @Test
    void aProcessingOfficerSeesHisOwnAndHisUnitsUnassignedDossiers() {
        worklist(officer("xuly-a-65", "QLKH"), "").statusCode(200).header("X-Total-Count", "2")
                .body("id", contains(a, b))
                .body("flag", contains("OVERDUE", "NEARING"))
                .body("currentOfficer", contains("xuly-a-65", null))
                .body("dueAt", contains("2026-03-03T10:00:00Z", "2026-03-04T10:00:00Z"))
                // 1 day at 50/50 %: the first step holds the whole day (half a day rounds up)
                .body("stepDueAt", contains("2026-03-03T10:00:00Z", "2026-03-04T10:00:00Z"));
        // another officer of QLKH: B only (A is at xuly-a-65's name)
        worklist(officer("xuly-b-65", "QLKH"), "?view=mine").statusCode(200).header("X-Total-Count", "1")
                .body("id", contains(b));
        worklist(officer("xuly-c-65", "QLCN"), "").statusCode(200).body("id", contains(d))
                .body("flag", contains("DUE")).body("stepDueAt", contains("2026-03-17T10:00:00Z"));
    }

    @Test
    void aUnitLeadSeesTheUnitsAnAgencyHeadTheAgencysTheDeskWhatItHasNotHandedOver() {
        worklist(lead("QLKH"), "").statusCode(200).header("X-Total-Count", "2").body("id", contains(a, b));
        worklist(head(), "").statusCode(200).header("X-Total-Count", "4").body("id", contains(a, b, d, c))
                .body("flag", contains("OVERDUE", "NEARING", "DUE", "DUE"));
        worklist(desk(), "").statusCode(200).header("X-Total-Count", "1").body("id", contains(c))
                .body("stepNumber", contains((Object) null)).body("dueAt", contains("2026-03-18T10:00:00Z"));
    }

    @Test
    void flagsFilterAndTheListIsSortedAndPaged() {
        worklist(head(), "?flag=overdue").statusCode(200).header("X-Total-Count", "1").body("id", contains(a));
        worklist(head(), "?flag=nearing").statusCode(200).header("X-Total-Count", "1").body("id", contains(b));
        worklist(head(), "?flag=due").statusCode(200).header("X-Total-Count", "2").body("id", contains(d, c));
        worklist(head(), "?sort=receivedAt").statusCode(200).body("id", contains(a, b, d, c));
        // C has no step yet: last when sorted by the step's due date
        worklist(head(), "?sort=stepDueAt").statusCode(200).body("id", contains(a, b, d, c));
        worklist(head(), "?size=2&page=0").statusCode(200).header("X-Total-Count", "4").body("id", contains(a, b));
        worklist(head(), "?size=2&page=1").statusCode(200).header("X-Total-Count", "4").body("id", contains(d, c));
        worklist(head(), "?size=2&page=2").statusCode(200).header("X-Total-Count", "4").body("$", empty());
    }

    @Test
    void aViewTheRolesDoNotGrantOrAnUnknownValueIsRefusedNamingTheParameter() {
        worklist(lead("QLKH"), "?view=agency").statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("view"));
        worklist(officer("xuly-a-65", "QLKH"), "?view=unit").statusCode(403).body("errors[0].field", equalTo("view"));
        worklist(head(), "?flag=late").statusCode(400).body("errors[0].field", equalTo("flag"));
        worklist(head(), "?sort=code").statusCode(400).body("errors[0].field", equalTo("sort"));
        worklist(Tokens.provinceAdmin(P), "").statusCode(403);
        // another province's head sees none of these
        worklist(Tokens.user("giamdoc-20").roles("agency-head").province("20").agency("SKHCN-65").sign(), "")
                .statusCode(200).header("X-Total-Count", "0");
    }

    /**
     * Province 67 warns two working days ahead ({@code motcua.dossier.nearing-hours.province."67"=16} in the test
     * profile): received Wed 04/03 10:00 for 2 days, due Fri 06/03 17:00; on Thu 05/03 10:00 12.5 working hours
     * are left (5 on Thursday, 7.5 on Friday), nearing there and not under the default 8.
     */
    @Test
    void aProvinceSetsItsOwnNearingThreshold() {
        Catalogue.send("67", Organisation.agency("67", "SKHCN-67", "000.00.15.H67", null, 1, "QLKH"));
        Catalogue.publish("67", "1.006767", 2);
        Organisation.await(db, "select count(*) from procedure_version_replica where province_code = '67'", "1");
        TestClock.at(Instant.parse("2026-03-04T03:00:00Z"), () -> given().auth()
                .oauth2(Tokens.receptionOfficer("67")).contentType(ContentType.JSON)
                .body(Dossiers.request("1.006767", "DIRECT_CENTRE")).post("/api/dossiers").then().statusCode(201));
        TestClock.at(Instant.parse("2026-03-05T03:00:00Z"), () -> given().auth()
                .oauth2(Tokens.receptionOfficer("67")).get("/api/worklist").then().statusCode(200)
                .header("X-Total-Count", "1").body("flag", contains("NEARING"))
                .body("dueAt", contains("2026-03-06T10:00:00Z")));
    }
}
