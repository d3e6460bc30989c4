package vn.motcua.dossier.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.CalendarChanged.DayKind;
import vn.motcua.events.CalendarChanged.DayStatus;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Deadlines follow the province's calendar as the catalogue publishes it on the real broker; a province whose
 * calendar has not arrived counts weekdays only. Hà Tĩnh (42) and Huế (46): no other test uses them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CalendarReplicaTest {
    static final String HA_TINH = "42";
    static final String HUE = "46";
    static final String PROCEDURE = "1.004242";
    /** Thu 12/02/2026, 10:00 in Vietnam. */
    static final Instant THURSDAY_BEFORE_TET = Instant.parse("2026-02-12T03:00:00Z");

    @Inject
    DataSource dataSource;

    static CalendarChanged.Day day(String date, DayKind kind, String name) {
        return new CalendarChanged.Day(LocalDate.parse(date), kind, name, "test", DayStatus.DECIDED);
    }

    static CalendarChanged calendar(String province, int revision, List<CalendarChanged.Day> days) {
        return new CalendarChanged(province, revision, "Asia/Ho_Chi_Minh", List.of(DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY), List.of(new CalendarChanged.OfficeHours(LocalDate.parse("2022-01-01"),
                        LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0),
                        LocalTime.of(15, 0))), days, Instant.parse("2026-01-05T01:00:00Z"), null);
    }

    /** Tết Bính Ngọ: the five weekdays 16-20/02/2026 off (Sat 14/2 - Sun 22/2). */
    static List<CalendarChanged.Day> tet2026() {
        return Stream.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")
                .map(d -> day(d, DayKind.HOLIDAY, "Tết Nguyên đán")).toList();
    }

    static UUID publish(CalendarChanged calendar) {
        EventEnvelope event = EventEnvelope.of(calendar, new ProvinceCode(calendar.province()), Instant.now());
        TestKafka.publish(event);
        return event.id();
    }

    String receiveOnThursdayBeforeTet(String province) {
        String[] id = new String[1];
        TestClock.at(THURSDAY_BEFORE_TET, () -> id[0] = given().auth().oauth2(Tokens.receptionOfficer(province))
                .contentType(ContentType.JSON).body(Dossiers.request(PROCEDURE, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(201).extract().path("id"));
        return id[0];
    }

    @Test
    void aDossierReceivedBeforeTetIsDueAfterItOnceTheCalendarArrivedAndNeverMovesAfterwards() throws Exception {
        Catalogue.publish(HA_TINH, PROCEDURE, 5);
        Catalogue.awaitReplica(HA_TINH, PROCEDURE);
        publish(calendar(HA_TINH, 1, tet2026()));
        awaitRevision(HA_TINH, 1);

        // domain.md §3: accepted Thu 12/02/2026, 5 working days over Tết -> 13/02, 23, 24, 25, 26/02, 17:00
        String id = receiveOnThursdayBeforeTet(HA_TINH);
        given().auth().oauth2(Tokens.receptionOfficer(HA_TINH)).get("/api/dossiers/{id}", id).then()
                .statusCode(200).body("dueAt", equalTo("2026-02-26T10:00:00Z"));

        // revision 3 adds a local day off on Fri 13/02: new dossiers count it, the received one keeps its date
        List<CalendarChanged.Day> withLocalDay = Stream.concat(Stream.of(day("2026-02-13", DayKind.LOCAL_DAY_OFF,
                "Ngày nghỉ của tỉnh")), tet2026().stream()).toList();
        publish(calendar(HA_TINH, 3, withLocalDay));
        awaitRevision(HA_TINH, 3);
        given().auth().oauth2(Tokens.receptionOfficer(HA_TINH)).get("/api/dossiers/{id}", id).then()
                .statusCode(200).body("dueAt", equalTo("2026-02-26T10:00:00Z"));
        String later = receiveOnThursdayBeforeTet(HA_TINH);
        given().auth().oauth2(Tokens.receptionOfficer(HA_TINH)).get("/api/dossiers/{id}", later).then()
                .statusCode(200).body("dueAt", equalTo("2026-02-27T10:00:00Z"));

        // revision 2 arriving late (no Tết at all) is ignored
        UUID late = publish(calendar(HA_TINH, 2, List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied(late));
        assertThat(revision(HA_TINH)).isEqualTo(3);
        String third = receiveOnThursdayBeforeTet(HA_TINH);
        given().auth().oauth2(Tokens.receptionOfficer(HA_TINH)).get("/api/dossiers/{id}", third).then()
                .statusCode(200).body("dueAt", equalTo("2026-02-27T10:00:00Z"));
    }

    @Test
    void aProvinceWithoutACalendarCountsWeekdaysOnly() {
        Catalogue.publish(HUE, PROCEDURE, 5);
        Catalogue.awaitReplica(HUE, PROCEDURE);

        // no calendar of Huế: Thu 12/02 + 5 weekdays -> 13, 16, 17, 18, 19/02
        String id = receiveOnThursdayBeforeTet(HUE);
        given().auth().oauth2(Tokens.receptionOfficer(HUE)).get("/api/dossiers/{id}", id).then()
                .statusCode(200).body("dueAt", equalTo("2026-02-19T10:00:00Z"));
    }

    private void awaitRevision(String province, int revision) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> revision(province) == revision);
    }

    private int revision(String province) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select revision from calendar_replica where province_code = ?")) {
            s.setString(1, province);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private boolean applied(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from inbox_message where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
