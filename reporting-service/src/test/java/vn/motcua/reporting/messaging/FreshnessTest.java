package vn.motcua.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.messaging.ReportingEvents.received;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;
import static vn.motcua.reporting.messaging.ReportingEvents.send;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.testing.Tokens;

/**
 * {@code GET /api/reports/freshness} and the gauge {@code motcua_reporting_lag_seconds}. The module's tests read at
 * a fixed "now", 2040-01-01T00:00Z ({@code ReadingAfterTheQuarters}); a dossier received at 06:00 in Vietnam that
 * day (one hour earlier in UTC) is the newest event any test sends.
 */
@QuarkusTest
class FreshnessTest {
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Inject
    DataSource db;

    @Test
    void theReportsSayUpToWhenTheyCountAndHowFarBehindTheyAre() {
        UUID dossier = UUID.randomUUID();
        send(received("20", dossier, "7.950001", 1, Channel.DIRECT_CENTRE, "2040-01-01T06:00", "2040-01-15T17:00"));
        await().atMost(EVENTUALLY).until(() -> !rows(db, "select 1 from dossier_fact where dossier_id = ?", dossier)
                .isEmpty());

        // caught up: every dossier event up to the broker's end offsets is applied
        await().atMost(EVENTUALLY).until(() -> given().auth().oauth2(Tokens.provinceAdmin("20"))
                .get("/api/reports/freshness").then().statusCode(200).extract().jsonPath().getLong("lagSeconds") == 0);
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/reports/freshness").then().statusCode(200)
                .body("dataAsOf", equalTo("2039-12-31T23:00:00Z")).body("lagSeconds", equalTo(0));

        // behind: three records wait, so the newest figure is one hour old at "now"
        QuarkusMock.installMockForType(new DossierConsumerLag() {
            @Override
            public OptionalLong pending() {
                return OptionalLong.of(3);
            }
        }, DossierConsumerLag.class);
        given().auth().oauth2(Tokens.user("lanhdao.ls").roles("agency-head").province("20").agency("SKHCN-20").sign())
                .get("/api/reports/freshness").then().statusCode(200)
                .body("dataAsOf", equalTo("2039-12-31T23:00:00Z")).body("lagSeconds", equalTo(3600));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("motcua_reporting_lag_seconds 3600.0"));
    }

    @Test
    void onlyTheReportsReadersSeeIt() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).get("/api/reports/freshness").then().statusCode(403);
        given().get("/api/reports/freshness").then().statusCode(401);
    }
}
