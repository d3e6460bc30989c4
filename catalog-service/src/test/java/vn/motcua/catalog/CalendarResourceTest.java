package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Working calendars: the public reads any province's; a province admin changes only their own, from tomorrow. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CalendarResourceTest {
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";

    static String day(String date, String name) {
        return """
                {"date":"%s","name":"%s","source":"123/QĐ-UBND"}""".formatted(date, name);
    }

    static String hours(String validFrom, String ms, String me, String as, String ae, String cut) {
        return """
                {"validFrom":"%s","morningStart":"%s","morningEnd":"%s","afternoonStart":"%s","afternoonEnd":"%s",
                 "transferCutOff":"%s"}""".formatted(validFrom, ms, me, as, ae, cut);
    }

    @Test
    void anyoneReadsAProvincesCalendarForAYearWithoutLoggingIn() {
        given().get("/api/catalog/calendars/{p}?year=2026", CAO_BANG).then().statusCode(200)
                .body("province", equalTo("04"))
                .body("name", equalTo("Tỉnh Cao Bằng"))
                .body("zone", equalTo("Asia/Ho_Chi_Minh"))
                .body("weeklyRest", contains("SATURDAY", "SUNDAY"))
                .body("officeHours[0].validFrom", equalTo("2022-01-01"))
                .body("officeHours[0].morningStart", equalTo("07:30"))
                .body("officeHours[0].morningEnd", equalTo("11:30"))
                .body("officeHours[0].afternoonStart", equalTo("13:30"))
                .body("officeHours[0].afternoonEnd", equalTo("17:00"))
                .body("officeHours[0].transferCutOff", equalTo("15:00"))
                // 2026 as seeded: New Year with its swap, Tết 16-20/2, Hùng Kings and its compensatory day,
                // 30/4-1/5, National Day and its (projected) neighbour
                .body("days.date", contains("2026-01-01", "2026-01-02", "2026-01-10", "2026-02-16", "2026-02-17",
                        "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-26", "2026-04-27", "2026-04-30",
                        "2026-05-01", "2026-09-01", "2026-09-02"))
                .body("days[2].kind", equalTo("SWAPPED_WORKING_DAY"))
                .body("days[2].source", equalTo("12729/VPCP-KGVX"))
                .body("days[2].status", equalTo("DECIDED"))
                .body("days[9].kind", equalTo("COMPENSATORY_DAY_OFF"))
                .body("days[9].name", equalTo("Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)"))
                .body("days[12].status", equalTo("PROJECTED"));
    }

    @ParameterizedTest(name = "{0}?{1} -> {2} naming {3}")
    @CsvSource({
            "2x, year=2026, 400, province",
            "20, year=1999, 400, year",
            "20, year=abc, 400, year",
            // Kon Tum's old code: merged into Quảng Ngãi 51 on 01/7/2025 (Decision 19/2025/QĐ-TTg)
            "62, year=2026, 404, ",
    })
    void aBadOrUnknownProvinceOrYearIsAProblem(String province, String query, int status, String field) {
        var answer = given().get("/api/catalog/calendars/" + province + "?" + query).then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            answer.body("errors.field", contains(field));
        }
    }

    @Test
    void aLocalDayOffIsPublishedToTheOtherServicesAndShownOnlyInItsProvince() {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(day("2098-10-10", "Kỷ niệm ngày giải phóng tỉnh"))
                .post("/api/catalog/calendars/days")
                .then().statusCode(201).body("kind", equalTo("LOCAL_DAY_OFF"));

        given().get("/api/catalog/calendars/20?year=2098").then().statusCode(200)
                .body("days.date", contains("2098-10-10"))
                .body("days[0].name", equalTo("Kỷ niệm ngày giải phóng tỉnh"))
                .body("days[0].source", equalTo("123/QĐ-UBND"));
        given().get("/api/catalog/calendars/04?year=2098").then().statusCode(200)
                .body("days.date", not(hasItem("2098-10-10")));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_CALENDARS)) {
            ConsumerRecord<String, String> event = reader.await(
                    r -> LANG_SON.equals(r.key()) && r.value().contains("2098-10-10"), 1, Duration.ofSeconds(20))
                    .getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE))
                    .isEqualTo("vn.motcua.catalog.calendar.changed.v1");
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
            // the full snapshot: the national days travel with the local one
            assertThat(event.value()).contains("\"province\":\"20\"", "\"kind\":\"LOCAL_DAY_OFF\"",
                    "\"date\":\"2026-02-17\"", "\"zone\":\"Asia/Ho_Chi_Minh\"");
        }

        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).delete("/api/catalog/calendars/days/2098-10-10")
                .then().statusCode(204);
        given().get("/api/catalog/calendars/20?year=2098").then().statusCode(200).body("days.date", not(hasItem(
                "2098-10-10")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // a national holiday (projected Tết Đinh Mùi, mùng 1) is not the province's to give
            "2027-02-06, 409",
            // deadlines computed over a past day must not change
            "2025-06-16, 422",
            "2026-01-02, 422",
    })
    void aDayThatIsNationalOrPastIsRefusedNamingTheDate(String date, int status) {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(day(date, "Ngày nghỉ"))
                .post("/api/catalog/calendars/days")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", contains("date"));
    }

    @Test
    void theSameLocalDayTwiceIsAConflictAndRemovingAnUnknownOneIsNotFound() {
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).contentType(ContentType.JSON)
                .body(day("2098-06-01", "Ngày nghỉ")).post("/api/catalog/calendars/days").then().statusCode(201);
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).contentType(ContentType.JSON)
                .body(day("2098-06-01", "Ngày nghỉ")).post("/api/catalog/calendars/days")
                .then().statusCode(409).body("errors.field", contains("date"));
        // Lạng Sơn's admin cannot see, let alone remove, Cao Bằng's day
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).delete("/api/catalog/calendars/days/2098-06-01")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).delete("/api/catalog/calendars/days/2025-06-16")
                .then().statusCode(422).body("errors.field", contains("date"));
    }

    @Test
    void onlyAProvinceAdminChangesTheCalendar() {
        given().contentType(ContentType.JSON).body(day("2098-06-02", "Ngày nghỉ"))
                .post("/api/catalog/calendars/days").then().statusCode(401);
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body(day("2098-06-02", "Ngày nghỉ")).post("/api/catalog/calendars/days").then().statusCode(403);
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body(hours("2098-01-05", "08:00", "12:00", "13:00", "17:30", "15:00"))
                .put("/api/catalog/calendars/office-hours").then().statusCode(403);
    }

    @Test
    void newOfficeHoursApplyFromAFutureDateAndKeepTheHistory() {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(hours("2098-01-05", "08:00", "12:00", "13:00", "17:30", "15:00"))
                .put("/api/catalog/calendars/office-hours")
                .then().statusCode(200)
                .body("validFrom", contains("2022-01-01", "2098-01-05"))
                .body("[1].morningStart", equalTo("08:00"))
                .body("[1].afternoonEnd", equalTo("17:30"));

        given().get("/api/catalog/calendars/20").then().statusCode(200)
                .body("officeHours.validFrom", contains("2022-01-01", "2098-01-05"))
                .body("officeHours[0].morningStart", equalTo("07:30"));
        given().get("/api/catalog/calendars/04").then().statusCode(200)
                .body("officeHours.validFrom", contains("2022-01-01"));
    }

    @ParameterizedTest(name = "{0} {1}-{2} {3}-{4} cut-off {5} -> {6} naming {7}")
    @CsvSource({
            "2098-01-05, 12:00, 08:00, 13:00, 17:00, 15:00, 422, morningEnd",
            "2098-01-05, 07:30, 11:30, 11:00, 17:00, 15:00, 422, afternoonStart",
            "2098-01-05, 07:30, 11:30, 17:00, 13:30, 15:00, 422, afternoonEnd",
            // the transfer cut-off (Decree 118/2025 Art. 18 cl. 2) falls within the afternoon shift
            "2098-01-05, 07:30, 11:30, 13:30, 17:00, 11:00, 422, transferCutOff",
            "2098-01-05, 07:30, 11:30, 13:30, 17:00, 17:30, 422, transferCutOff",
            "2025-01-06, 07:30, 11:30, 13:30, 17:00, 15:00, 422, validFrom",
            "2098-01-05, 25:00, 11:30, 13:30, 17:00, 15:00, 400, morningStart",
    })
    void badOfficeHoursAreRefusedNamingTheField(String from, String ms, String me, String as, String ae, String cut,
            int status, String field) {
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).contentType(ContentType.JSON)
                .body(hours(from, ms, me, as, ae, cut))
                .put("/api/catalog/calendars/office-hours")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        given().get("/api/catalog/calendars/04").then().body("officeHours.validFrom", not(hasItem(from)));
    }
}
