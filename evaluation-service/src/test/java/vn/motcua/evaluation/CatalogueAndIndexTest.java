package vn.motcua.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.evaluation.flow.Scenario.EVENTUALLY;
import static vn.motcua.evaluation.flow.Scenario.LANG_SON;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * The catalogue's side: a procedure version published after its dossier was evaluated raises indicator 6 and
 * publishes revision 2 (order-tolerant projection); a province's cut-off day cuts its quarters; Decision 766's
 * index counted from the projection.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogueAndIndexTest {

    @Test
    void aProcedurePublishedAfterItsDossierChangesIndicatorSixAndTheIndex() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String agency = "SCT-" + tag;
        String code = "2.00" + tag;
        DossierStory d = DossierStory.of(LANG_SON, agency).procedure(code).received("tn-" + tag)
                .resolved(Instant.parse("2026-04-10T03:00:00Z"), "PQL", "xl-" + tag);
        d.events().forEach(TestKafka::publish);
        await().atMost(EVENTUALLY).until(() -> "EVALUATED".equals(given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .get("/api/evaluations/dossiers/{id}", d.id).path("status")));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", d.id)
                .then().body("indicators.find { it.indicator == 6 }.points", equalTo(0));

        // published on 2/3 for 1/4 (long before, every component given, online in full)
        TestKafka.publish(EventEnvelope.of(new ProcedurePublished(UUID.randomUUID(), code, terms(agency),
                Instant.parse("2026-03-02T02:00:00Z")), new ProvinceCode(LANG_SON), Instant.now()));

        await().atMost(EVENTUALLY).until(() -> Integer.valueOf(2).equals(given().auth()
                .oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", d.id)
                .path("indicators.find { it.indicator == 6 }.points")));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", d.id)
                .then().body("revision", equalTo(2));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            List<ConsumerRecord<String, String>> revisions =
                    reader.await(r -> d.id.toString().equals(r.key()), 2, EVENTUALLY);
            assertThat(revisions.get(1).value()).contains("\"revision\":2");
        }

        String head = Tokens.user("lanhdao-" + tag).roles("agency-head").province(LANG_SON).agency(agency).sign();
        JsonPath index = given().auth().oauth2(head).queryParam("scope", "AGENCY").queryParam("subject", agency)
                .queryParam("period", "2026-Q2").get("/api/evaluations/index766")
                .then().statusCode(200).extract().jsonPath();
        // 1.1 and 1.3: the one procedure published on time and complete; 2.1: resolved on time; 3.1: offered
        // online; 3.3: received at the desk, none online; 1.2: no data
        assertThat(sub(index, "1.1")).containsExactly(1, 1, 4.0f);
        assertThat(sub(index, "1.3")).containsExactly(1, 1, 6.0f);
        assertThat(sub(index, "2.1")).containsExactly(1, 1, 20.0f);
        assertThat(sub(index, "3.1")).containsExactly(1, 1, 6.0f);
        assertThat(sub(index, "3.3")).containsExactly(0, 1, 0.0f);
        assertThat(sub(index, "1.2")).containsExactly(null, null, null);

        given().auth().oauth2(head).queryParam("scope", "AGENCY").queryParam("subject", "SXD-20")
                .queryParam("period", "2026-Q2").get("/api/evaluations/index766").then().statusCode(404);
        given().auth().oauth2(head).queryParam("scope", "PROVINCE").queryParam("subject", LANG_SON)
                .queryParam("period", "2026-Q2").get("/api/evaluations/index766").then().statusCode(200);
        given().auth().oauth2(head).queryParam("scope", "UNIT").queryParam("subject", agency)
                .queryParam("period", "2026-Q2").get("/api/evaluations/index766").then().statusCode(422)
                .body("errors[0].field", equalTo("scope"));
        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).queryParam("scope", "AGENCY")
                .queryParam("subject", "SKHCN-20").queryParam("period", "2026-Q2")
                .get("/api/evaluations/index766").then().statusCode(403);

        // the agency's scorecard carries the index's five groups, each over its sub-indicators with data (issue 16):
        // 1: 1.1 4 + 1.3 6 of 10 (1.2, 1.4 no data); 2: 2.1 20 + 2.2 0 of 20; 3: 3.1 6 + 3.2 0 (no online dossier)
        // + 3.3 0 + 3.4 3 (no fee: không phát sinh) + 3.5 3 (nothing paid) of 22; 4: no e-result, nothing
        // digitised or reused, 0 of 18 (4.4 no data); 5: 5.1 6 (no feedback) + 5.3 6 (none late, no rating) of 12
        String card = LANG_SON + ":AGENCY:" + agency + ":2026-Q2";
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_SCORECARDS)) {
            JsonPath event = new JsonPath(reader.await(r -> card.equals(r.key())
                    && Float.valueOf(12.0f).equals(new JsonPath(r.value()).get("index766.find { it.group == 3 }.points")),
                    1, EVENTUALLY).getLast().value());
            assertThat(event.getList("index766.group")).containsExactly(1, 2, 3, 4, 5);
            assertThat(event.getList("index766.name")).containsExactly("Công khai, minh bạch",
                    "Tiến độ, kết quả giải quyết", "Cung cấp dịch vụ trực tuyến", "Số hóa hồ sơ", "Mức độ hài lòng");
            assertThat(event.getList("index766.points")).containsExactly(10.0f, 20.0f, 12.0f, 0.0f, 12.0f);
            assertThat(event.getList("index766.max")).containsExactly(10, 20, 22, 18, 12);
            // an officer's scorecard has none: the decision scores agencies and provinces
            String officer = LANG_SON + ":OFFICER:xl-" + tag + ":2026-Q2";
            JsonPath officers = new JsonPath(reader.await(r -> officer.equals(r.key()), 1, EVENTUALLY).getLast()
                    .value());
            assertThat(officers.getList("index766")).isEmpty();
        }
    }

    @Test
    void aProvincesCutOffDayCutsItsQuarters() {
        // Cao Bằng cuts on the 5th [seed 002]: its 2026-Q2 is 5/3 to 4/6
        String province = "04";
        TestKafka.publish(EventEnvelope.of(new CalendarChanged(province, 1, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of(), Instant.now(),
                List.of(new CalendarChanged.ReportingCutoff(LocalDate.of(2020, 1, 1), 5))),
                new ProvinceCode(province), Instant.now()));
        await().atMost(EVENTUALLY).until(() -> "2026-03-05".equals(given().auth()
                .oauth2(Tokens.provinceAdmin(province)).queryParam("subject", province).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/PROVINCE/detail").path("period.from")));
        given().auth().oauth2(Tokens.provinceAdmin(province)).queryParam("subject", province)
                .queryParam("period", "2026-Q2").get("/api/evaluations/scorecards/PROVINCE/detail")
                .then().statusCode(200).body("period.to", equalTo("2026-06-04")).body("dossiers", equalTo(0));
    }

    /** numerator, denominator and points of a sub-indicator. */
    private static List<Object> sub(JsonPath index, String code) {
        String path = "groups.subIndicators.flatten().find { it.code == '" + code + "' }";
        return java.util.Arrays.asList(index.get(path + ".numerator"), index.get(path + ".denominator"),
                index.get(path + ".points"));
    }

    private static ProcedureTerms terms(String agency) {
        return new ProcedureTerms(1, LocalDate.of(2026, 4, 1), null, null, "Cấp giấy phép thử nghiệm", "KHCN-LV",
                agency, ProcedureTerms.IssuingLevel.LOCAL, ProcedureTerms.Mechanism.ONE_STOP, List.of(),
                ProcedureTerms.OnlineMode.FULL, false, false, false, List.of(), List.of("Đơn đề nghị"),
                List.of(new ProcedureTerms.CaseVariant("CHUNG", "Trường hợp chung",
                        new ProcedureTerms.TimeLimit(10, ProcedureTerms.TimeUnit.WORKING_DAYS))),
                List.of(), new ProcedureTerms.Decision("15/QĐ-UBND", LocalDate.of(2026, 3, 2), "UBND tỉnh"));
    }
}
