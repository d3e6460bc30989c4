package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureAmended;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Issue 12, "done when" (the dossier side): a procedure amended effective 01/6/2026 keeps dossiers received before
 * that day on version 1 and those from it on version 2, the day read in the province's zone; an abolition leaves
 * nothing to receive under; the case decides the time limit and is never guessed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProcedureVersionPinningTest {
    private static final String AMENDED = "1.000611";
    private static final String ABOLISHED = "1.000612";
    private static final String HOURS = "1.000613";
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final UUID AMENDED_ID = UUID.randomUUID();

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void catalogue() {
        // v1: new licence 10 working days, renewal 5; v2 from 01/6/2026 cuts the new licence to 7
        Catalogue.send("20", new ProcedurePublished(AMENDED_ID, AMENDED, Catalogue.terms("20", 1, Catalogue.LONG_AGO,
                List.of(Catalogue.variant("MOI", 10, TimeUnit.WORKING_DAYS),
                        Catalogue.variant("GIA_HAN", 5, TimeUnit.WORKING_DAYS))), Instant.now()));
        Catalogue.send("20", new ProcedureAmended(AMENDED_ID, AMENDED, Catalogue.terms("20", 2, JUNE_1,
                List.of(Catalogue.variant("MOI", 7, TimeUnit.WORKING_DAYS),
                        Catalogue.variant("GIA_HAN", 5, TimeUnit.WORKING_DAYS))), Instant.now()));
        UUID abolished = Catalogue.publish("20", ABOLISHED, 3);
        Catalogue.send("20", new ProcedureAbolished(abolished, ABOLISHED, 1, LocalDate.of(2026, 7, 1),
                new ProcedureTerms.Decision("12/QĐ-UBND", LocalDate.of(2026, 6, 15), "Chủ tịch UBND tỉnh"),
                Instant.now()));
        Catalogue.send("20", new ProcedurePublished(UUID.randomUUID(), HOURS, Catalogue.terms("20", 1,
                Catalogue.LONG_AGO, List.of(Catalogue.variant("CHUNG", 8, TimeUnit.WORKING_HOURS))), Instant.now()));
    }

    private void awaitReplicas() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from procedure_version_replica where code in ('" + AMENDED
                        + "', '" + ABOLISHED + "', '" + HOURS + "')") >= 4
                        && count("select count(*) from procedure_abolition_replica") >= 1);
    }

    private static ValidatableResponse receive(Instant at, String code, String caseVariant) {
        AtomicReference<ValidatableResponse> answer = new AtomicReference<>();
        String variant = caseVariant == null ? "" : ",\"caseVariant\":\"" + caseVariant + "\"";
        TestClock.at(at, () -> answer.set(given().auth().oauth2(Tokens.receptionOfficer("20"))
                .contentType(ContentType.JSON)
                .body("""
                        {"procedureCode":"%s","channel":"DIRECT_CENTRE"%s,
                         "applicant":{"name":"Nguyễn Thị Hoa"}}""".formatted(code, variant))
                .post("/api/dossiers").then().log().ifValidationFails()));
        return answer.get();
    }

    @Test
    void dossiersBeforeTheAmendmentKeepVersionOneAndThoseFromItsDayGetVersionTwo() {
        awaitReplicas();
        // Fri 29/5/2026 10:00 in Vietnam: v1, 10 working days from Mon 1/6 -> Fri 12/6, 17:00
        String before = receive(Instant.parse("2026-05-29T03:00:00Z"), AMENDED, "MOI").statusCode(201)
                .body("procedureVersion", equalTo(1)).body("caseVariant", equalTo("MOI"))
                .body("dueAt", equalTo("2026-06-12T10:00:00Z")).extract().path("id");
        // Sun 31/5 at 18:00 UTC is already Mon 1/6 01:00 in Vietnam: the reception day is 1/6, so v2 (7 days)
        receive(Instant.parse("2026-05-31T18:00:00Z"), AMENDED, "MOI").statusCode(201)
                .body("procedureVersion", equalTo(2)).body("dueAt", equalTo("2026-06-10T10:00:00Z"));
        // Mon 1/6 10:00: v2, 7 working days from Tue 2/6 -> Wed 10/6
        String after = receive(Instant.parse("2026-06-01T03:00:00Z"), AMENDED, "MOI").statusCode(201)
                .body("procedureVersion", equalTo(2)).body("caseVariant", equalTo("MOI"))
                .body("dueAt", equalTo("2026-06-10T10:00:00Z")).extract().path("id");

        given().auth().oauth2(Tokens.receptionOfficer("20")).get("/api/dossiers/{id}", before).then()
                .statusCode(200).body("procedureVersion", equalTo(1)).body("caseVariant", equalTo("MOI"));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> before.equals(r.key())
                    || after.equals(r.key()), 2, Duration.ofSeconds(20));
            assertThat(events).extracting(ConsumerRecord::value).anySatisfy(v -> assertThat(v)
                    .contains("\"procedureVersion\":1", "\"caseVariant\":\"MOI\""));
            assertThat(events).extracting(ConsumerRecord::value).anySatisfy(v -> assertThat(v)
                    .contains("\"procedureVersion\":2", "\"caseVariant\":\"MOI\""));
        }
    }

    @Test
    void aCopyOfAVersionAlreadyHeldChangesNothing() throws Exception {
        awaitReplicas();
        // a late, different copy of version 2 (the catalogue never sends one: a published version never changes)
        Catalogue.send("20", new ProcedureAmended(AMENDED_ID, AMENDED, Catalogue.terms("20", 2, JUNE_1.plusDays(10),
                List.of(Catalogue.variant("MOI", 1, TimeUnit.WORKING_DAYS))), Instant.now()));
        Catalogue.send("20", new ProcedurePublished(AMENDED_ID, AMENDED, Catalogue.terms("20", 1, Catalogue.LONG_AGO,
                List.of(Catalogue.variant("MOI", 1, TimeUnit.WORKING_DAYS))), Instant.now()));
        // the events after them on the same partition (the key) prove they were handled
        Catalogue.send("20", new ProcedureAmended(AMENDED_ID, AMENDED, Catalogue.terms("20", 3,
                LocalDate.of(2027, 1, 1), List.of(Catalogue.variant("MOI", 4, TimeUnit.WORKING_DAYS))), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from procedure_version_replica where code = '" + AMENDED + "'") == 3);

        assertThat(count("select count(*) from procedure_version_replica where code = '" + AMENDED
                + "' and version = 2 and effective_from = '2026-06-01'"
                + " and terms->'caseVariants'->0->'timeLimit'->>'value' = '7'")).isEqualTo(1);
        receive(Instant.parse("2026-06-01T03:00:00Z"), AMENDED, "GIA_HAN").statusCode(201)
                .body("procedureVersion", equalTo(2));
    }

    @Test
    void anAbolishedOrNotYetInForceProcedureIsRefusedWithItsDates() {
        awaitReplicas();
        receive(Instant.parse("2026-06-30T03:00:00Z"), ABOLISHED, null).statusCode(201)
                .body("procedureVersion", equalTo(1)).body("caseVariant", equalTo("CHUNG"));
        receive(Instant.parse("2026-07-01T03:00:00Z"), ABOLISHED, null).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:procedure-not-in-force"))
                .body("errors.field", contains("procedureCode"))
                .body("detail", equalTo("Procedure " + ABOLISHED + " has no version in force on 2026-07-01 (the"
                        + " reception day): abolished from 2026-07-01."));
    }

    @Test
    void theCaseIsNamedWhenThereAreSeveralAndNeverGuessed() throws Exception {
        awaitReplicas();
        long before = count("select count(*) from dossier");
        receive(Instant.parse("2026-05-29T03:00:00Z"), AMENDED, null).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("caseVariant"))
                .body("errors[0].message", equalTo("is required: this procedure has the cases MOI, GIA_HAN"));
        receive(Instant.parse("2026-05-29T03:00:00Z"), AMENDED, "CAP_LAI").statusCode(422)
                .body("errors.field", contains("caseVariant"));
        assertThat(count("select count(*) from dossier")).isEqualTo(before);
    }

    @Test
    void aDossierKeepsTheRuleSetOfItsReceptionDayInVietnam() throws Exception {
        awaitReplicas();
        // 30/06/2025 23:30 in Lạng Sơn is still Decree 61/2018; 00:30 on 1/7/2025 is Decree 118/2025 (Art. 40 cl. 1)
        receive(Instant.parse("2025-06-30T16:30:00Z"), HOURS, null).statusCode(201)
                .body("ruleSet", equalTo("DECREE_61_2018"));
        receive(Instant.parse("2025-06-30T17:30:00Z"), HOURS, null).statusCode(201)
                .body("ruleSet", equalTo("DECREE_118_2025"));
    }

    @Test
    void aCaseLimitedInWorkingHoursIsDueAfterThatManyOfficeHours() throws Exception {
        awaitReplicas();
        // Fri 29/05/2026 10:00: 1.5 h before lunch and 3.5 h after, then 3 h on Mon 01/06 -> 10:30 (03:30Z)
        receive(Instant.parse("2026-05-29T03:00:00Z"), HOURS, null).statusCode(201)
                .body("caseVariant", equalTo("CHUNG"))
                .body("dueAt", equalTo("2026-06-01T03:30:00Z"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
