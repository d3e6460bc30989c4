package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * The province's reporting cut-off day (thời gian chốt số liệu) is calendar data: its history is read with the
 * calendar, published with it, and changed by the province's own admin from a future date only.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportingCutoffResourceTest {
    static final String PATH = "/api/catalog/calendars/reporting-cutoffs";

    static String cutoff(String validFrom, int day) {
        return """
                {"validFrom":"%s","day":%d}""".formatted(validFrom, day);
    }

    @Test
    void theDemoProvincesCutAsTheirReportsDoAndTheOthersOnTheNationalDay() {
        // seed 000: Lạng Sơn reports 15/3 - 14/6; seed 002: Cao Bằng 05/12 - 04/3
        given().get("/api/catalog/calendars/20").then().statusCode(200)
                .body("reportingCutoffs[0].validFrom", equalTo("2022-01-01"))
                .body("reportingCutoffs[0].day", equalTo(15));
        given().get("/api/catalog/calendars/04").then().statusCode(200)
                .body("reportingCutoffs[0].validFrom", equalTo("2022-01-01"))
                .body("reportingCutoffs[0].day", equalTo(5));
        // Lào Cai has no entry: the 15th, Decree 09/2019/NĐ-CP Art. 12
        given().get("/api/catalog/calendars/15").then().statusCode(200)
                .body("reportingCutoffs.validFrom", contains("2022-01-01"))
                .body("reportingCutoffs.day", contains(15));
    }

    @Test
    void aNewDayAppliesFromAFutureDateKeepsTheHistoryAndIsPublished() {
        given().auth().oauth2(Tokens.provinceAdmin("04")).contentType(ContentType.JSON)
                .body(cutoff("2098-01-01", 10)).put(PATH)
                .then().statusCode(200)
                .body("validFrom", contains("2022-01-01", "2098-01-01"))
                .body("day", contains(5, 10));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_CALENDARS)) {
            ConsumerRecord<String, String> event = reader.await(
                    r -> "04".equals(r.key()) && r.value().contains("2098-01-01"), 1, Duration.ofSeconds(20))
                    .getFirst();
            assertThat(event.value()).contains("\"reportingCutoffs\":[{\"validFrom\":\"2022-01-01\",\"day\":5},"
                    + "{\"validFrom\":\"2098-01-01\",\"day\":10}]");
        }
        int revision = given().get("/api/catalog/calendars/04").then().extract().path("revision");

        // a portal-style retry of the same entry changes nothing and publishes nothing
        given().auth().oauth2(Tokens.provinceAdmin("04")).contentType(ContentType.JSON)
                .body(cutoff("2098-01-01", 10)).put(PATH)
                .then().statusCode(200).body("day", contains(5, 10));
        given().get("/api/catalog/calendars/04").then().body("revision", equalTo(revision));

        // not in force yet: corrected at its own date, a new revision
        given().auth().oauth2(Tokens.provinceAdmin("04")).contentType(ContentType.JSON)
                .body(cutoff("2098-01-01", 12)).put(PATH)
                .then().statusCode(200).body("day", contains(5, 12));
        given().get("/api/catalog/calendars/04").then()
                .body("revision", equalTo(revision + 1))
                .body("reportingCutoffs.day", contains(5, 12));

        // before the last entry: refused, the history as it was
        given().auth().oauth2(Tokens.provinceAdmin("04")).contentType(ContentType.JSON)
                .body(cutoff("2097-06-01", 20)).put(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("validFrom"));
        given().get("/api/catalog/calendars/04").then().body("reportingCutoffs.validFrom",
                contains("2022-01-01", "2098-01-01"));
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"validFrom\":\"2098-03-01\",\"day\":0}           | 422 | day",
            "{\"validFrom\":\"2098-03-01\",\"day\":29}          | 422 | day",
            // the day already in force (Quảng Ninh has the national 15th)
            "{\"validFrom\":\"2098-03-01\",\"day\":15}          | 422 | day",
            // periods already reported do not change
            "{\"validFrom\":\"2025-12-15\",\"day\":5}           | 422 | validFrom",
            "{\"validFrom\":\"2022-01-01\",\"day\":5}           | 422 | validFrom",
            "{\"day\":5}                                        | 400 | validFrom",
            "{\"validFrom\":\"2098-03-01\"}                     | 400 | day",
            "{\"validFrom\":\"2098-03-01\",\"day\":\"5\"}       | 400 | day",
            "{\"validFrom\":\"2098-03-01\",\"day\":5.5}         | 400 | day",
            "{\"validFrom\":\"01/03/2098\",\"day\":5}           | 400 | validFrom",
    })
    void aBadEntryIsRefusedNamingTheFieldAndChangesNothing(String body, int status, String field) {
        given().auth().oauth2(Tokens.provinceAdmin("22")).contentType(ContentType.JSON).body(body).put(PATH)
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", contains(field));
        given().get("/api/catalog/calendars/22").then().body("reportingCutoffs.day", contains(15));
    }

    @Test
    void onlyTheProvincesOwnAdminChangesIt() {
        given().contentType(ContentType.JSON).body(cutoff("2098-02-01", 7)).put(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.receptionOfficer("24")).contentType(ContentType.JSON)
                .body(cutoff("2098-02-01", 7)).put(PATH).then().statusCode(403);
        given().auth().oauth2(Tokens.user("auditor").roles("national-auditor").sign()).contentType(ContentType.JSON)
                .body(cutoff("2098-02-01", 7)).put(PATH).then().statusCode(403);
        // Phú Thọ's admin cannot reach Bắc Ninh's: the province is the caller's, a province in the body is not read
        given().auth().oauth2(Tokens.provinceAdmin("25")).contentType(ContentType.JSON)
                .body("{\"validFrom\":\"2098-02-01\",\"day\":7,\"province\":\"24\"}").put(PATH)
                .then().statusCode(200).body("day", contains(15, 7));
        given().get("/api/catalog/calendars/24").then().body("reportingCutoffs.day", contains(15));
        given().get("/api/catalog/calendars/25").then().body("reportingCutoffs.day", contains(15, 7));
    }
}
