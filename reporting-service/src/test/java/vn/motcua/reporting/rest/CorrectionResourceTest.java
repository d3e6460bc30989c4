package vn.motcua.reporting.rest;

import static io.restassured.RestAssured.given;
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
import java.util.List;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProvinceCode;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.service.Corrections;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.Tokens;

/**
 * Each test its own period, so the tests sharing the database do not see each other's corrections. Form II.06b of
 * Lạng Sơn has the row TOTAL in every period, and in 2041-Q1 the row of field KHCN-LV too (one dossier of SKHCN-20
 * written into the read model), for the province's form and SKHCN-20's, not for SNV-20's.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CorrectionResourceTest {
    static final String ADMIN = Tokens.provinceAdmin("20");
    static final String HEAD = Tokens.user("head-20").roles("agency-head").province("20").agency("SKHCN-20").sign();
    static final String REASON = "Hồ sơ nhập nhầm lĩnh vực, đã kiểm tra sổ theo dõi";

    @Inject
    Corrections corrections;

    @Inject
    DataSource db;

    @BeforeEach
    void aDossierOfFieldKhcnLv() throws SQLException {
        Sql.execute(db, "insert into dossier_fact (dossier_id, province_code, procedure_code, field_code, agency,"
                + " channel, received_at, due_at, updated_at) values ('00000000-0000-0000-0000-000000204101', '20',"
                + " '1.004227', 'KHCN-LV', 'SKHCN-20', 'DIRECT_CENTRE', '2041-01-10 09:00+07', '2041-01-24 17:00+07',"
                + " now()) on conflict do nothing");
    }

    static ValidatableResponse post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/reports/corrections").then();
    }

    static String body(String period, String agency, String row, String column, String corrected) {
        return "{\"form\": \"II.06b\", \"period\": \"" + period + "\", "
                + (agency == null ? "" : "\"agency\": \"" + agency + "\", ")
                + "\"row\": \"" + row + "\", \"column\": \"" + column + "\", \"corrected\": " + corrected
                + ", \"reason\": \"" + REASON + "\"}";
    }

    @Test
    void theLatestCorrectionOfACellIsInForceAndEveryOneIsListed() {
        post(ADMIN, null, body("2041-Q1", null, "KHCN-LV", "received.total", "12")).statusCode(201)
                .contentType(ContentType.JSON)
                .body("province", equalTo("20")).body("form", equalTo("II.06b")).body("period", equalTo("2041-Q1"))
                .body("agency", nullValue()).body("row", equalTo("KHCN-LV")).body("column", equalTo("received.total"))
                .body("corrected", equalTo(12.0f)).body("reason", equalTo(REASON))
                .body("enteredBy", equalTo("admin-20"));
        post(ADMIN, null, body("2041-Q1", null, "KHCN-LV", "received.total", "14")).statusCode(201);
        post(ADMIN, null, body("2041-Q1", null, "TOTAL", "resolved.total", "30")).statusCode(201);
        // another agency's form of the same period is another form, without the field SNV-20 received nothing in
        post(ADMIN, null, body("2041-Q1", "SNV-20", "TOTAL", "received.total", "99")).statusCode(201);
        post(ADMIN, null, body("2041-Q1", "SNV-20", "KHCN-LV", "received.total", "99")).statusCode(422)
                .body("errors.field", contains("row"));
        post(ADMIN, null, body("2041-Q1", "SKHCN-20", "KHCN-LV", "received.total", "1")).statusCode(201);

        List<Corrections.Correction> inForce = corrections.inForce(new ProvinceCode("20"), FormCode.II_06B, "2041-Q1",
                "");
        org.assertj.core.api.Assertions.assertThat(inForce).extracting(c -> c.rowKey() + " " + c.columnKey() + " "
                + c.corrected().toPlainString()).containsExactly("KHCN-LV received.total 14.0", "TOTAL resolved.total 30.0");

        given().auth().oauth2(ADMIN).queryParam("form", "II.06b").queryParam("period", "2041-Q1")
                .get("/api/reports/corrections")
                .then().statusCode(200).body("corrected", contains(12.0f, 14.0f, 30.0f));
        given().auth().oauth2(ADMIN).queryParam("form", "II.06b").queryParam("period", "2041-Q1")
                .queryParam("agency", "SNV-20").get("/api/reports/corrections")
                .then().statusCode(200).body("corrected", contains(99.0f));
        given().auth().oauth2(Tokens.provinceAdmin("04")).queryParam("form", "II.06b")
                .queryParam("period", "2041-Q1").get("/api/reports/corrections")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstCorrectionAndADifferentBodyIsAConflict() {
        String first = post(ADMIN, "corr-2041-q2", body("2041-Q2", null, "TOTAL", "received.online", "5"))
                .statusCode(201).extract().path("id");
        post(ADMIN, "corr-2041-q2", body("2041-Q2", null, "TOTAL", "received.online", "5"))
                .statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        post(ADMIN, "corr-2041-q2", body("2041-Q2", null, "TOTAL", "received.online", "6"))
                .statusCode(409).body("type", equalTo("urn:mot-cua:problem:idempotency-key-reused"));
        post(ADMIN, "bad key!", body("2041-Q2", null, "TOTAL", "received.online", "6"))
                .statusCode(400).body("errors.field", contains("Idempotency-Key"));
        given().auth().oauth2(ADMIN).queryParam("form", "II.06b").queryParam("period", "2041-Q2")
                .get("/api/reports/corrections").then().statusCode(200).body("id", contains(first));
    }

    @Test
    void anAgencyHeadCorrectsOnlyTheOwnAgencysForm() {
        post(HEAD, null, body("2041-Q3", "SKHCN-20", "TOTAL", "received.total", "7")).statusCode(201)
                .body("agency", equalTo("SKHCN-20")).body("enteredBy", equalTo("head-20"));
        post(HEAD, null, body("2041-Q3", "SNV-20", "TOTAL", "received.total", "7")).statusCode(403);
        post(HEAD, null, body("2041-Q3", null, "TOTAL", "received.total", "7")).statusCode(403);
        post(Tokens.user("lead").roles("unit-lead").province("20").agency("SKHCN-20").unit("QLCN").sign(), null,
                body("2041-Q3", "SKHCN-20", "TOTAL", "received.total", "7")).statusCode(403);
        post(Tokens.processingOfficer("20"), null, body("2041-Q3", "SKHCN-20", "TOTAL", "received.total", "7"))
                .statusCode(403);
        // the head reads the own agency's corrections, not another's
        given().auth().oauth2(HEAD).queryParam("form", "II.06b").queryParam("period", "2041-Q3")
                .get("/api/reports/corrections").then().statusCode(200).body("corrected", contains(7.0f));
        given().auth().oauth2(HEAD).queryParam("form", "II.06b").queryParam("period", "2041-Q3")
                .queryParam("agency", "SNV-20").get("/api/reports/corrections").then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"form": "II.07", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": 1, "reason": "Lý do đủ mười ký tự"}       | 422 | form
            {"form": "II.06b", "period": "2041-Q5", "row": "TOTAL", "column": "received.total", "corrected": 1, "reason": "Lý do đủ mười ký tự"}      | 400 | period
            {"form": "II.06b", "period": "2041-Q4", "row": "F9", "column": "received.total", "corrected": 1, "reason": "Lý do đủ mười ký tự"}      | 422 | row
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.later", "corrected": 1, "reason": "Lý do đủ mười ký tự"}      | 422 | column
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": 1.5, "reason": "Lý do đủ mười ký tự"}    | 422 | corrected
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": -1, "reason": "Lý do đủ mười ký tự"}     | 400 | corrected
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": "1", "reason": "Lý do đủ mười ký tự"}    | 400 | corrected
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "reason": "Lý do đủ mười ký tự"}                      | 400 | corrected
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": 1, "reason": "ngắn"}                    | 400 | reason
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": 1}                                      | 400 | reason
            {"form": "II.06b", "period": "2041-Q4", "row": "TOTAL", "column": "received.total", "corrected": 1, "reason": "Lý do\\u0000 đủ mười ký tự"} | 400 | reason
            {"form": "rates", "period": "2041-Q4", "row": "ON_TIME", "column": "definition", "corrected": 1, "reason": "Lý do đủ mười ký tự"}     | 422 | column
            {"form": "rates", "period": "2041-Q4", "row": "ON_TIME", "column": "percent", "corrected": 95.25, "reason": "Lý do đủ mười ký tự"}    | 422 | corrected
            """)
    void invalidCorrectionsAreRefusedNamingTheField(String body, int status, String field) {
        post(ADMIN, null, body).statusCode(status).contentType("application/problem+json")
                .body("errors.field", contains(field));
        given().auth().oauth2(ADMIN).queryParam("form", "II.06b").queryParam("period", "2041-Q4")
                .get("/api/reports/corrections").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aPercentIsCorrectedToOneDecimal() {
        post(ADMIN, null, "{\"form\": \"rates\", \"period\": \"2042-Q1\", \"row\": \"ON_TIME\", \"column\":"
                + " \"percent\", \"corrected\": 95.5, \"reason\": \"" + REASON + "\"}").statusCode(201)
                .body("corrected", equalTo(95.5f));
    }

    @Test
    void theReasonIsStoredComposed() {
        // "Hồ" typed decomposed: o + combining circumflex + combining grave
        String decomposed = "Ho\u0302\u0300 sơ nhập nhầm lĩnh vực";
        post(ADMIN, null, "{\"form\": \"II.06b\", \"period\": \"2042-Q2\", \"row\": \"TOTAL\", \"column\":"
                + " \"received.total\", \"corrected\": 3, \"reason\": \"" + decomposed + "\"}").statusCode(201)
                .body("reason", equalTo("Hồ sơ nhập nhầm lĩnh vực"));
    }
}
