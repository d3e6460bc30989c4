package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.Procedures.LANG_SON;
import static vn.motcua.catalog.Procedures.PATH;
import static vn.motcua.catalog.Procedures.amendment;
import static vn.motcua.catalog.Procedures.decision;
import static vn.motcua.catalog.Procedures.draft;
import static vn.motcua.catalog.Procedures.newCode;
import static vn.motcua.catalog.Procedures.published;
import static vn.motcua.catalog.Procedures.terms;
import static vn.motcua.catalog.Procedures.today;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Issue 12 item 2: effective-dated versions, each change by a decision, never overlapping, never rewritten. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProcedureVersionsTest {
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 2);

    @Inject
    DataSource dataSource;

    private static ValidatableResponse post(String path, String body, Object... params) {
        return given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON).body(body)
                .post(PATH + path, params).then().log().ifValidationFails();
    }

    @Test
    void anAmendmentIsANewVersionFromItsDateAndClosesTheOneBefore() {
        String id = published(LANG_SON, newCode(), JAN_2025);
        LocalDate next = today().plusDays(30);

        post("/{id}/amendments", amendment(terms("SKHCN-20", "Cấp giấy phép (sửa đổi)")
                .replace("\"value\":10", "\"value\":7"), "45/QĐ-UBND", next), id)
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + id + "/versions/2"))
                .body("version", equalTo(2))
                .body("status", equalTo("PUBLISHED"))
                .body("effectiveFrom", equalTo(next.toString()))
                .body("terms.caseVariants[0].timeLimit.value", equalTo(7));

        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get(PATH + "/{id}", id).then()
                .statusCode(200)
                .body("inForce.version", equalTo(1)) // the amendment is not in force yet
                .body("inForce.effectiveTo", equalTo(next.toString()))
                .body("versions.version", contains(1, 2))
                .body("versions.effectiveFrom", contains("2025-01-02", next.toString()))
                .body("versions.effectiveTo", contains(next.toString(), null))
                .body("versions.decision.number", contains("1/QĐ-UBND", "45/QĐ-UBND"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get(PATH + "/{id}/versions/2", id).then()
                .statusCode(200).body("terms.name", equalTo("Cấp giấy phép (sửa đổi)"));
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get(PATH + "/{id}/versions/3", id).then()
                .statusCode(404).contentType("application/problem+json");

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> id.equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertThat(events).extracting(e -> TestKafka.header(e, CloudEventCodec.H_TYPE)).containsExactly(
                    "vn.motcua.catalog.procedure.published.v2", "vn.motcua.catalog.procedure.amended.v1");
            assertThat(events.get(1).value()).contains("\"version\":2", "\"effectiveFrom\":\"" + next + "\"",
                    "\"value\":7");
        }
    }

    @Test
    void overlappingOrPastVersionsAreRefusedNamingTheDateAndChangeNothing() throws Exception {
        String id = published(LANG_SON, newCode(), JAN_2025);
        LocalDate next = today().plusDays(30);
        post("/{id}/amendments", amendment(terms("SKHCN-20"), "45/QĐ-UBND", next), id).statusCode(201);

        for (LocalDate overlapping : List.of(next, next.minusDays(1))) {
            post("/{id}/amendments", amendment(terms("SKHCN-20"), "46/QĐ-UBND", overlapping), id)
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:version-overlap"))
                    .body("errors.field", contains("effectiveFrom"))
                    .body("errors[0].message", equalTo("must be after " + next
                            + ", when a published version takes effect"));
        }
        post("/{id}/amendments", amendment(terms("SKHCN-20"), "47/QĐ-UBND", today()), id)
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:catalogue-rule"))
                .body("errors.field", contains("effectiveFrom"));
        // abolishing while version 2 waits for its day: say which is meant, by a decision
        post("/{id}/abolition", decision("9/QĐ-UBND", next.plusDays(10)), id)
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:version-scheduled"))
                .body("errors.field", contains("effectiveFrom"));

        assertThat(count("select count(*) from procedure_version where procedure_id = '" + id + "'")).isEqualTo(2);
        assertThat(count("select count(*) from procedure where id = '" + id + "' and abolished_from is null"))
                .isEqualTo(1);
    }

    @Test
    void publishingAgainWithTheSameDecisionIsARetryAndWithAnotherAConflict() {
        String code = newCode();
        String id = draft(LANG_SON, code);
        LocalDate from = LocalDate.of(2026, 3, 2);

        post("/{id}/publish", decision("123/QĐ-UBND", from), id).statusCode(200).body("version", equalTo(1));
        post("/{id}/publish", decision("123/QĐ-UBND", from), id).statusCode(200).body("version", equalTo(1))
                .body("decision.number", equalTo("123/QĐ-UBND"));
        post("/{id}/publish", decision("124/QĐ-UBND", from), id).statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:illegal-transition"))
                .body("errors.field", contains("decision"));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
            // everything the reader saw of this procedure: the first publication alone
            assertThat(reader.within(r -> id.equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
        }
    }

    @Test
    void anAbolitionEndsTheVersionInForceOnceAndNothingFollowsIt() throws Exception {
        String id = published(LANG_SON, newCode(), JAN_2025);
        LocalDate end = today().plusDays(15);

        post("/{id}/abolition", decision("9/QĐ-UBND", end), id).statusCode(200)
                .body("status", equalTo("ABOLISHED"))
                .body("abolishedFrom", equalTo(end.toString()))
                .body("abolition.number", equalTo("9/QĐ-UBND"))
                .body("inForce.version", equalTo(1)) // still in force until its last day
                .body("versions[0].effectiveTo", equalTo(end.toString()));
        post("/{id}/abolition", decision("9/QĐ-UBND", end), id).statusCode(200)
                .body("abolishedFrom", equalTo(end.toString()));
        post("/{id}/abolition", decision("9/QĐ-UBND", end.plusDays(1)), id).statusCode(409)
                .body("errors.field", contains("decision"));
        post("/{id}/amendments", amendment(terms("SKHCN-20"), "10/QĐ-UBND", end.plusDays(5)), id)
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:illegal-transition"));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> id.equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertThat(TestKafka.header(events.get(1), CloudEventCodec.H_TYPE))
                    .isEqualTo("vn.motcua.catalog.procedure.abolished.v1");
            assertThat(events.get(1).value()).contains("\"lastVersion\":1", "\"effectiveFrom\":\"" + end + "\"");
            assertThat(reader.within(r -> id.equals(r.key()), Duration.ofSeconds(3))).hasSize(2);
        }
        assertThat(count("select count(*) from procedure_version where procedure_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void aDraftIsEditedWholeUntilPublishedAndNeverAmended() {
        String id = draft(LANG_SON, newCode());
        post("/{id}/amendments", amendment(terms("SKHCN-20"), "2/QĐ", today().plusDays(3)), id)
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:illegal-transition"));

        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(terms("SKHCN-20", "Tên đã sửa")).put(PATH + "/{id}/draft", id)
                .then().statusCode(200).body("draft.terms.name", equalTo("Tên đã sửa"));
        post("/{id}/publish", decision("3/QĐ", JAN_2025), id).statusCode(200);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(terms("SKHCN-20", "Sửa sau công bố")).put(PATH + "/{id}/draft", id)
                .then().statusCode(409).body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get(PATH + "/{id}", id)
                .then().body("inForce.terms.name", equalTo("Tên đã sửa")).body("draft", nullValue());
    }

    @Test
    void rulesOfTheTermsAreRefusedNamingEachField() {
        String noCooperation = terms("SKHCN-20").replace("\"mechanism\":\"ONE_STOP\"",
                "\"mechanism\":\"INTER_CONNECTED\"");
        String sameCode = terms("SKHCN-20").replace("\"code\":\"GIA_HAN\"", "\"code\":\"MOI\"");
        String zeroDays = terms("SKHCN-20").replace("\"value\":5", "\"value\":0");
        String shares = terms("SKHCN-20").replace("\"sharePercent\":20", "\"sharePercent\":25");
        for (var c : List.of(List.of(noCooperation, "terms.cooperatingAgencies"),
                List.of(sameCode, "terms.caseVariants[1].code"),
                List.of(zeroDays, "terms.caseVariants[1].timeLimit.value"), List.of(shares, "terms.steps"))) {
            given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + newCode() + "\",\"terms\":" + c.get(0) + "}").post(PATH)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:catalogue-rule"))
                    .body("errors.field", contains(c.get(1)));
        }
        // PARTIAL is the term of Decree 42/2022: a version in force before 01/8/2022 said "level 3" or "4"
        String id = draft(LANG_SON, newCode());
        post("/{id}/publish", decision("5/QĐ", LocalDate.of(2022, 7, 31)), id).statusCode(422)
                .body("errors.field", contains("onlineMode"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get(PATH + "/{id}", id)
                .then().body("status", equalTo("DRAFT"));
        // an agency of another province, named in an amendment
        String published = published(LANG_SON, newCode(), JAN_2025);
        post("/{id}/amendments", amendment(terms("SKHCN-04"), "6/QĐ", today().plusDays(2)), published)
                .statusCode(422).body("errors.field", contains("terms.agencyCode"));
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        String unknown = "00000000-0000-0000-0000-00000000abcd";
        post("/{id}/publish", decision("1/QĐ", JAN_2025), unknown).statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:mot-cua:problem:not-found"));
        post("/{id}/amendments", amendment(terms("SKHCN-20"), "1/QĐ", today().plusDays(2)), unknown)
                .statusCode(404);
        post("/{id}/abolition", decision("1/QĐ", today().plusDays(2)), unknown).statusCode(404);
    }

    @Test
    void theListShowsEachProcedureWithTheVersionInForceToday() {
        String code = newCode();
        published(LANG_SON, code, JAN_2025);
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get(PATH).then().statusCode(200)
                .body("find { it.code == '" + code + "' }.inForce.version", equalTo(1))
                .body("code", hasItem(code));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
