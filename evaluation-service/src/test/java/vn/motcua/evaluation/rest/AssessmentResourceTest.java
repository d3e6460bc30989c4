package vn.motcua.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Items an agency enters by hand per quarter: its head or the province admin, append-only with history. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AssessmentResourceTest {
    static String head(String agency) {
        return Tokens.user("lanhdao." + agency).roles("agency-head").province("20").agency(agency).sign();
    }

    static Response put(String token, String agency, String period, String items) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"items\": " + items + "}")
                .put("/api/evaluations/assessments/{agency}?period=" + period, agency);
    }

    @Test
    void theLatestEntryOfAnItemCountsAndTheEarlierOnesAreItsHistory() {
        put(head("STP-20"), "STP-20", "2026-Q2", """
                [{"item": "HEAD_SELF_ASSESSMENT", "points": 15.5, "note": "Tự đánh giá quý II"},
                 {"item": "POSTED_AT_ONE_STOP", "note": "Niêm yết đủ 120 thủ tục"}]""").then().statusCode(200);
        put(Tokens.provinceAdmin("20"), "STP-20", "2026-Q2", """
                [{"item": "HEAD_SELF_ASSESSMENT", "points": 16, "note": "Điều chỉnh sau rà soát"}]""")
                .then().statusCode(200);
        given().auth().oauth2(head("STP-20")).get("/api/evaluations/assessments/STP-20?period=2026-Q2")
                .then().statusCode(200)
                .body("agency", equalTo("STP-20")).body("period", equalTo("2026-Q2"))
                .body("items.item", contains("HEAD_SELF_ASSESSMENT", "POSTED_AT_ONE_STOP"))
                .body("items.label", contains("Tự đánh giá của người đứng đầu",
                        "Niêm yết công khai tại Bộ phận Một cửa"))
                .body("items.points", contains(16, null))
                .body("items.enteredBy", contains("admin-20", "lanhdao.STP-20"))
                .body("history.size()", equalTo(3))
                .body("history[0].note", equalTo("Điều chỉnh sau rà soát"));
        // another quarter has none
        given().auth().oauth2(head("STP-20")).get("/api/evaluations/assessments/STP-20?period=2026-Q1")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void onlyTheAgencysHeadOrTheProvinceAdminEnters() {
        put(head("SKHCN-20"), "STP-20", "2026-Q2", "[{\"item\": \"POSTED_AT_ONE_STOP\", \"note\": \"x\"}]")
                .then().statusCode(403).body("type", equalTo("urn:mot-cua:problem:outside-jurisdiction"));
        put(Tokens.processingOfficer("20"), "STP-20", "2026-Q2", "[{\"item\": \"POSTED_AT_ONE_STOP\", \"note\":"
                + " \"x\"}]").then().statusCode(403);
        given().auth().oauth2(head("SKHCN-20")).get("/api/evaluations/assessments/STP-20?period=2026-Q2")
                .then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-Q2 | [{"item": "HEAD_SELF_ASSESSMENT", "points": 18.5, "note": "x"}]  | 422 | items[0].points
            2026-Q2 | [{"item": "HEAD_SELF_ASSESSMENT", "points": -1, "note": "x"}]    | 422 | items[0].points
            2026-Q2 | [{"item": "HEAD_SELF_ASSESSMENT", "points": 12.25, "note": "x"}] | 422 | items[0].points
            2026-Q2 | [{"item": "POSTED_AT_ONE_STOP", "points": 1, "note": "x"}]      | 422 | items[0].points
            2026-Q2 | [{"item": "HEAD_SELF_ASSESSMENT", "note": " "}]                 | 422 | items[0].note
            2026-Q2 | [{"item": "SOMETHING", "note": "x"}]                            | 422 | items[0].item
            2026-Q2 | []                                                              | 400 | items
            2026    | [{"item": "POSTED_AT_ONE_STOP", "note": "x"}]                   | 422 | period
            2026-Q5 | [{"item": "POSTED_AT_ONE_STOP", "note": "x"}]                   | 422 | period
            """)
    void aWrongItemOrPeriodIsRefusedNamingIt(String period, String items, int status, String field) {
        put(Tokens.provinceAdmin("20"), "SYT-20", period, items).then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", contains(field));
    }
}
