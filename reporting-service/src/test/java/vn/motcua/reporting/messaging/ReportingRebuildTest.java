package vn.motcua.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.messaging.ReportingEvents.agency;
import static vn.motcua.reporting.messaging.ReportingEvents.calendar;
import static vn.motcua.reporting.messaging.ReportingEvents.published;
import static vn.motcua.reporting.messaging.ReportingEvents.rating;
import static vn.motcua.reporting.messaging.ReportingEvents.received;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;
import static vn.motcua.reporting.messaging.ReportingEvents.scorecard;
import static vn.motcua.reporting.messaging.ReportingEvents.send;
import static vn.motcua.reporting.messaging.ReportingEvents.sendAll;
import static vn.motcua.reporting.messaging.ReportingEvents.terms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.Channel;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.Timeliness;
import vn.motcua.reporting.repository.ReadModelTables;

/**
 * Issue 16, "done when": a full rebuild from Kafka ({@code POST /q/rebuild} over {@link ReportingStore}) gives the
 * same read models, row for row in every table, after they were damaged; and it prints its rate beside the raw
 * consumer's.
 */
@QuarkusTest
class ReportingRebuildTest {
    static final Duration EVENTUALLY = Duration.ofSeconds(300);
    /** Dossiers of a quarter no other test reads (2035-Q3), three events each; more with -Dreporting.rebuild.dossiers. */
    static final int DOSSIERS = Integer.getInteger("reporting.rebuild.dossiers", 1_000);

    @Inject
    DataSource db;

    @Test
    void aRebuildFromTheTopicsGivesTheSameRowsInEveryReadModel() {
        // other test classes write rows straight into the read models (forms over known figures): no topic holds
        // them, so a first rebuild leaves only what the topics say before this test's events are consumed live
        given().post("/q/rebuild").then().statusCode(200);
        // one event on each topic, so every table has rows whatever ran before
        UUID dossier = UUID.randomUUID();
        UUID procedure = UUID.randomUUID();
        send(published("20", procedure, "7.900001", terms(1, "2033-01-01", "LV-THU-9", 20_000)));
        send(ReportingEvents.abolished("20", procedure, "7.900001", "2034-01-01"));
        send(agency("20", "THU-R-20", "Sở Dựng lại", 1, new AgencyChanged.Field("LV-THU-9", "Lĩnh vực dựng lại")));
        send(calendar("46", 1, new CalendarChanged.ReportingCutoff(java.time.LocalDate.parse("2020-01-01"), 5)));
        send(received("20", dossier, "7.900001", 1, Channel.VNEID, "2033-10-01T09:00", "2033-10-15T17:00"));
        send(ReportingEvents.payment("20", dossier, 20_000, true, "2033-10-01T09:10"));
        send(ReportingEvents.papers("20", dossier, "2033-10-01T09:20"));
        send(rating("20", dossier, "2033-10-20T09:00", 2, 2, 2));
        send(scorecard("20", "THU-R-20", 1, "12.0"));
        List<EventEnvelope> volume = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            UUID d = UUID.randomUUID();
            String day = "2035-07-%02dT%02d:%02d".formatted(1 + i % 28, 7 + i % 10, i % 60);
            String due = "2035-08-%02dT17:00".formatted(1 + i % 28);
            volume.add(received("20", d, "7.900001", 1, Channel.values()[i % Channel.values().length], day, due));
            volume.add(ReportingEvents.papers("20", d, day));
            volume.add(ReportingEvents.resolved("20", d, "7.900001", Channel.values()[i % Channel.values().length],
                    day, due, "2035-08-%02dT10:00".formatted(1 + i % 28), Timeliness.values()[i % 3]));
        }
        sendAll(volume);
        await().atMost(EVENTUALLY).until(() -> rows(db, "select count(*) from dossier_fact where received_at"
                + " >= '2035-07-01T00:00+07' and received_at < '2035-08-01T00:00+07' and resolved_at is not null"
                + " and papers_recorded = 3").equals(String.valueOf(DOSSIERS)));
        await().atMost(EVENTUALLY).until(() -> !rows(db, "select 1 from dossier_fact where dossier_id = ?"
                + " and field_code = 'LV-THU-9' and papers_recorded = 3", dossier).isEmpty()
                && !rows(db, "select 1 from rating_fact where dossier_id = ?", dossier).isEmpty()
                && !rows(db, "select 1 from scorecard_fact where subject = 'THU-R-20'").isEmpty()
                && !rows(db, "select 1 from field_fact where code = 'LV-THU-9'").isEmpty()
                && !rows(db, "select 1 from reporting_cutoff_fact where province_code = '46'").isEmpty()
                && !rows(db, "select 1 from payment_fact where dossier_id = ?", dossier).isEmpty()
                && !rows(db, "select 1 from procedure_abolition_fact where procedure_id = ?", procedure).isEmpty());
        Map<String, String> before = snapshot();
        before.forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());

        // what a rebuild is for: read models that no longer match their events
        rows(db, "with d as (update dossier_fact set due_at = now(), field_code = null where dossier_id = ?"
                + " returning 1) select count(*) from d", dossier);
        rows(db, "with d as (delete from scorecard_fact returning 1) select count(*) from d");
        assertThat(snapshot()).isNotEqualTo(before);

        JsonPath report = given().post("/q/rebuild").then().statusCode(200).extract().jsonPath();
        System.out.printf("reporting rebuild: %d events in %.3f s = %.0f events/s; raw consumer %.0f events/s"
                        + " (%.0f %%); %d malformed skipped; %d dossier facts%n", report.getLong("events"),
                report.getDouble("seconds"), report.getDouble("eventsPerSecond"),
                report.getDouble("rawConsumer.eventsPerSecond"),
                100 * report.getDouble("eventsPerSecond") / report.getDouble("rawConsumer.eventsPerSecond"),
                report.getLong("malformed"), report.getLong("dossierFacts"));

        assertThat(report.getLong("events")).isPositive();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Every row of every read model, sorted, by table. */
    private Map<String, String> snapshot() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : ReadModelTables.TABLES) {
            tables.put(table, rows(db, "select t::text from " + table + " t order by 1"));
        }
        return tables;
    }
}
