package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * The migration import on the real database and broker. Điện Biên (11): no other test uses it, and no calendar of
 * it is published, so deadlines count weekdays (June 2022 has no national day off). Times are Vietnam's (+07:00).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DossierImportTest {
    static final String DIEN_BIEN = "11";
    static final String PROCEDURE = "1.011001";
    static final String HEADER = String.join(",", DossierImportRows.CSV_COLUMNS);

    /**
     * Six dossiers of the old system; lines 6 and 7 are wrong (an id number of 5 digits; a result returned the day
     * before it was decided). L-3 holds two supplement requests, against the law but history all the same.
     */
    static final String SIX_ROWS = HEADER + "\n"
            + "L-1,DB-OLD-0001,DIRECT_CENTRE,1.011001,,CITIZEN,Nguyễn Văn An,020190000123,2022-06-06T09:00:00+07:00,"
            + "2022-06-06T09:00:00+07:00,2022-06-20T17:00:00+07:00,,,,,,2022-06-15T10:00:00+07:00,APPROVED,,"
            + "2022-06-16T09:00:00+07:00,DESK,,\n"
            + "L-2,,ONLINE_NATIONAL_PORTAL,1.011001,,ORGANISATION,Công ty TNHH Hoa Mai,0314409058,2022-06-03T20:00:00+07:00,"
            + "2022-06-06T08:00:00+07:00,2022-06-20T17:00:00+07:00,,,,,,2022-06-20T15:00:00+07:00,,,"
            + "2022-06-20T15:05:00+07:00,ONLINE,,\n"
            + "L-3,,DIRECT_AGENCY,1.011001,CHUNG,CITIZEN,Trần Thị Bình,,2022-06-06T09:00:00+07:00,"
            + "2022-06-06T09:00:00+07:00,2022-06-20T17:00:00+07:00,"
            + "\"2022-06-07T09:00:00+07:00;2022-06-09T10:00:00+07:00;;Thiếu bản sao giấy phép\n"
            + "2022-06-10T09:00:00+07:00;2022-06-14T10:00:00+07:00;;Thiếu bản vẽ; bản đồ\",,,,,"
            + "2022-06-20T10:00:00+07:00,,,,,,\n"
            + "L-4,,POSTAL,1.011001,,CITIZEN,Lê Văn Cường,,2022-06-27T09:00:00+07:00,2022-06-27T09:00:00+07:00,"
            + "2022-07-11T17:00:00+07:00,,,,,,,,,,,,\n"
            + "L-5,,DIRECT_CENTRE,1.011001,,CITIZEN,Phạm Thị Dung,12345,2022-06-06T09:00:00+07:00,"
            + "2022-06-06T09:00:00+07:00,2022-06-20T17:00:00+07:00,,,,,,,,,,,,\n"
            + "L-6,,DIRECT_CENTRE,1.011001,,CITIZEN,Hoàng Văn Em,,2022-06-06T09:00:00+07:00,"
            + "2022-06-06T09:00:00+07:00,2022-06-20T17:00:00+07:00,,,,,,2022-06-15T10:00:00+07:00,,,"
            + "2022-06-14T10:00:00+07:00,DESK,,\n";

    private static boolean published;

    @Inject
    DataSource db;

    @BeforeEach
    void publishCatalogueOnce() {
        if (published) {
            return;
        }
        published = true;
        Catalogue.publish(DIEN_BIEN, PROCEDURE, 10);
        Catalogue.awaitReplica(DIEN_BIEN, PROCEDURE);
    }

    static ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(Tokens.provinceAdmin(DIEN_BIEN)).contentType("text/csv; charset=utf-8")
                .body(csv).post("/api/dossiers/imports").then();
    }

    static ValidatableResponse importLines(String lines) {
        return given().auth().oauth2(Tokens.provinceAdmin(DIEN_BIEN)).contentType("application/x-ndjson; charset=utf-8")
                .body(lines.getBytes(StandardCharsets.UTF_8)).post("/api/dossiers/imports").then();
    }

    String dossierOf(String sourceId) throws SQLException {
        return Sql.row(db, "select dossier_id from dossier_import where province_code = '11' and source_id = '"
                + sourceId + "'");
    }

    @Test
    void sixRowsTwoRefusedThenTheSameFileAgainChangesNothing() throws SQLException {
        importCsv(SIX_ROWS).statusCode(200)
                .body("created", equalTo(4))
                .body("unchanged", equalTo(0))
                .body("rejected", hasSize(2))
                .body("rejected[0].line", equalTo(6))
                .body("rejected[0].sourceId", equalTo("L-5"))
                .body("rejected[0].field", equalTo("applicant.idNumber"))
                .body("rejected[0].reason", equalTo("must be the 12 digits of a citizen id or a 10 (or 10-3) digit tax code"))
                .body("rejected[1].line", equalTo(7))
                .body("rejected[1].sourceId", equalTo("L-6"))
                .body("rejected[1].field", equalTo("returnedAt"))
                .body("rejected[1].reason", equalTo("breaks the order of a dossier's life: cannot return a dossier "
                        + "that is received"));

        importCsv(SIX_ROWS).statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(4))
                .body("rejected", hasSize(2));

        // the old code is kept; the receipt's date is the record; on the due day is on time
        String admin = Tokens.provinceAdmin(DIEN_BIEN);
        given().auth().oauth2(admin).get("/api/dossiers/{id}", dossierOf("L-1")).then().statusCode(200)
                .body("code", equalTo("DB-OLD-0001"))
                .body("status", equalTo("RETURNED"))
                .body("procedureVersion", equalTo(1))
                .body("ruleSet", equalTo("DECREE_61_2018"))
                .body("dueAt", equalTo("2022-06-20T10:00:00Z"))
                .body("timeliness", equalTo("EARLY"));
        given().auth().oauth2(admin).get("/api/dossiers/{id}", dossierOf("L-2")).then().statusCode(200)
                .body("code", equalTo("11-220606-0001"))
                .body("timeliness", equalTo("ON_TIME"));
        given().auth().oauth2(admin).get("/api/dossiers/{id}", dossierOf("L-4")).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("resolvedAt", nullValue());
        assertThat(Sql.row(db, "select count(*) from dossier d join dossier_import i on i.dossier_id = d.id "
                + "where i.source_id like 'L-%' and d.imported")).isEqualTo("4");
    }

    @Test
    void twoSupplementRequestsAreKeptAndEveryEventIsFlaggedImportedInTimeOrder() throws SQLException {
        importCsv(SIX_ROWS).statusCode(200);
        String id = dossierOf("L-3");

        // restarted after the second supplement, completed Tue 14/06 10:00: 15, 16, 17, 20, 21, 22, 23, 24, 27, 28
        given().auth().oauth2(Tokens.provinceAdmin(DIEN_BIEN)).get("/api/dossiers/{id}", id).then().statusCode(200)
                .body("dueAt", equalTo("2022-06-28T10:00:00Z"))
                .body("timeliness", equalTo("EARLY"));
        assertThat(Sql.row(db, "select supplement_requests, supplement_seconds, original_due_at from dossier "
                + "where id = '" + id + "'")).isEqualTo("2|525600|2022-06-20 10:00:00+00");

        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> id.equals(r.key()), 6,
                    Duration.ofSeconds(20));
            assertThat(events.stream().map(r -> TestKafka.header(r, CloudEventCodec.H_TYPE))
                    .collect(Collectors.joining(" "))).isEqualTo("vn.motcua.dossier.received.v1 "
                            + "vn.motcua.dossier.supplement-requested.v1 vn.motcua.dossier.supplemented.v1 "
                            + "vn.motcua.dossier.supplement-requested.v1 vn.motcua.dossier.supplemented.v1 "
                            + "vn.motcua.dossier.resolved.v1");
            assertThat(events).allSatisfy(r -> assertThat(r.value()).contains("\"imported\":true")
                    .doesNotContain("Trần Thị Bình"));
            assertThat(events.get(3).value()).contains("\"requestNumber\":2", "\"withinWindow\":false",
                    "\"requestedAt\":\"2022-06-10T02:00:00Z\"");
            assertThat(events.get(5).value()).contains("\"supplementRequests\":2", "\"supplementSeconds\":525600",
                    "\"timeliness\":\"EARLY\"", "\"originalDueAt\":\"2022-06-20T10:00:00Z\"",
                    "\"dueAt\":\"2022-06-28T10:00:00Z\"", "\"resolvedAt\":\"2022-06-20T03:00:00Z\"");
        }
    }

    @Test
    void jsonLinesWithAnApologyAndAConflictingRowUnderAKnownSourceId() throws SQLException {
        String apology = """
                {"sourceId":"J-1","code":"DB-OLD-J1","channel":"ONLINE_NATIONAL_PORTAL","procedureCode":"1.011001","applicant":{"kind":"CITIZEN","name":"Vũ Thị Giang"},"submittedAt":"2022-06-06T01:00:00Z","acceptedAt":"2022-06-06T02:00:00Z","dueAt":"2022-06-20T10:00:00Z","extension":{"at":"2022-06-17T02:00:00Z","newDueAt":"2022-06-24T10:00:00Z","reason":"Cần xác minh thực địa","signedBy":"Giám đốc Sở"},"resolvedAt":"2022-06-24T08:00:00Z","outcome":"REFUSED","reason":"Thiết bị không đạt yêu cầu"}
                """;
        importLines(apology).statusCode(200).body("created", equalTo(1)).body("rejected", hasSize(0));

        String changed = apology.replace("2022-06-24T08:00:00Z", "2022-06-23T08:00:00Z");
        importLines(changed).statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("rejected[0].line", equalTo(1))
                .body("rejected[0].sourceId", equalTo("J-1"))
                .body("rejected[0].field", equalTo("sourceId"))
                .body("rejected[0].reason", containsString("conflict: a different row was imported under this "
                        + "sourceId before"));

        String id = dossierOf("J-1");
        given().auth().oauth2(Tokens.provinceAdmin(DIEN_BIEN)).get("/api/dossiers/{id}", id).then().statusCode(200)
                .body("dueAt", equalTo("2022-06-24T10:00:00Z"))
                .body("timeliness", equalTo("ON_TIME"));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> id.equals(r.key()), 4,
                    Duration.ofSeconds(20));
            assertThat(events.stream().map(r -> TestKafka.header(r, CloudEventCodec.H_TYPE))
                    .collect(Collectors.joining(" "))).isEqualTo("vn.motcua.dossier.submitted.v1 "
                            + "vn.motcua.dossier.received.v1 vn.motcua.dossier.extended.v1 "
                            + "vn.motcua.dossier.resolved.v1");
            assertThat(events.get(3).value()).contains("\"outcome\":\"REFUSED\"", "\"extended\":true",
                    "\"imported\":true");
        }
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNamingTheLimitOrTheField() {
        importCsv("sourceId,channel\nL-9,POSTAL\n").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:unreadable-import"))
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("missing column(s) code, procedureCode"));

        String tooMany = IntStream.rangeClosed(1, DossierImportRows.MAX_ROWS + 1).mapToObj(i -> "{}")
                .collect(Collectors.joining("\n"));
        importLines(tooMany).statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("An import holds at most 10000 dossiers; split the file."));

        given().auth().oauth2(Tokens.provinceAdmin(DIEN_BIEN)).contentType("text/plain").body("L-1")
                .post("/api/dossiers/imports").then().statusCode(415).contentType("application/problem+json");

        // a reception officer does not import history
        given().auth().oauth2(Tokens.receptionOfficer(DIEN_BIEN)).contentType("text/csv").body(SIX_ROWS)
                .post("/api/dossiers/imports").then().statusCode(403);
    }
}
