package vn.motcua.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.messaging.ReportingEvents.abolished;
import static vn.motcua.reporting.messaging.ReportingEvents.agency;
import static vn.motcua.reporting.messaging.ReportingEvents.amended;
import static vn.motcua.reporting.messaging.ReportingEvents.calendar;
import static vn.motcua.reporting.messaging.ReportingEvents.closed;
import static vn.motcua.reporting.messaging.ReportingEvents.extended;
import static vn.motcua.reporting.messaging.ReportingEvents.handedOver;
import static vn.motcua.reporting.messaging.ReportingEvents.local;
import static vn.motcua.reporting.messaging.ReportingEvents.papers;
import static vn.motcua.reporting.messaging.ReportingEvents.payment;
import static vn.motcua.reporting.messaging.ReportingEvents.published;
import static vn.motcua.reporting.messaging.ReportingEvents.rating;
import static vn.motcua.reporting.messaging.ReportingEvents.received;
import static vn.motcua.reporting.messaging.ReportingEvents.resolved;
import static vn.motcua.reporting.messaging.ReportingEvents.returned;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;
import static vn.motcua.reporting.messaging.ReportingEvents.scorecard;
import static vn.motcua.reporting.messaging.ReportingEvents.send;
import static vn.motcua.reporting.messaging.ReportingEvents.supplementRequested;
import static vn.motcua.reporting.messaging.ReportingEvents.supplemented;
import static vn.motcua.reporting.messaging.ReportingEvents.terms;
import static vn.motcua.reporting.messaging.ReportingEvents.withdrawn;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.Channel;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.EventType;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Timeliness;

/**
 * The read models kept from the six topics, through the real broker and the live consumers: each event lands in its
 * table with its values, redelivery and copies change nothing, and the topics' interleaving does not matter. Each
 * test uses dossiers, procedure codes and subjects of its own, so its rows are literal.
 */
@QuarkusTest
class FactProjectionTest {
    static final String LANG_SON = "20";
    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    static final String FACT = "select procedure_code, procedure_version, case_variant, field_code, agency, unit,"
            + " channel, rule_set, imported, " + local("submitted_at") + ", " + local("received_at") + ", "
            + local("due_at") + ", " + local("original_due_at") + ", supplement_requests, supplement_seconds, extended, "
            + local("resolved_at") + ", outcome, timeliness, electronic_result, result_digitised, "
            + local("returned_at") + ", return_method, " + local("withdrawn_at") + ", " + local("closed_at") + ", "
            + local("ended_at") + ", papers_recorded, papers_digitised, papers_reused, " + local("updated_at")
            + " from dossier_fact where dossier_id = ?";
    static final String DUES = "select " + local("valid_from") + ", " + local("due_at")
            + " from dossier_due where dossier_id = ? order by valid_from";

    @Inject
    DataSource db;

    @Inject
    MeterRegistry metrics;

    /** A dossier's whole life: reception to return, with a supplement and an apology on the way. */
    static List<EventEnvelope> story(UUID dossier, String procedure) {
        return List.of(
                received(LANG_SON, dossier, procedure, 1, Channel.ONLINE_NATIONAL_PORTAL, "2033-03-02T09:00",
                        "2033-03-16T17:00"),
                payment(LANG_SON, dossier, 50_000, true, "2033-03-02T09:15"),
                papers(LANG_SON, dossier, "2033-03-02T09:30"),
                handedOver(LANG_SON, dossier, "QLCN", "2033-03-02T10:00"),
                supplementRequested(LANG_SON, dossier, "2033-03-04T10:00", "2033-03-16T17:00"),
                supplemented(LANG_SON, dossier, "2033-03-04T10:00", "2033-03-06T10:00", "2033-03-16T17:00",
                        "2033-03-20T17:00"),
                extended(LANG_SON, dossier, "2033-03-19T09:00", "2033-03-20T17:00", "2033-03-25T17:00"),
                resolved(LANG_SON, dossier, procedure, Channel.ONLINE_NATIONAL_PORTAL, "2033-03-02T09:00",
                        "2033-03-25T17:00", "2033-03-24T10:00", Timeliness.ON_TIME),
                returned(LANG_SON, dossier, "2033-03-24T15:00"));
    }

    @Test
    void eachDossierEventLandsInItsTableWithItsValues() {
        UUID dossier = UUID.randomUUID();
        story(dossier, "7.100001").forEach(ReportingEvents::send);
        UUID gaveUp = UUID.randomUUID();
        send(received(LANG_SON, gaveUp, "7.100001", 1, Channel.DIRECT_CENTRE, "2033-03-03T08:00",
                "2033-03-17T17:00"));
        send(withdrawn(LANG_SON, gaveUp, "2033-03-05T14:00"));
        UUID neverCompleted = UUID.randomUUID();
        send(received(LANG_SON, neverCompleted, "7.100001", 1, Channel.POSTAL, "2033-03-03T08:00",
                "2033-03-17T17:00"));
        send(supplementRequested(LANG_SON, neverCompleted, "2033-03-04T08:00", "2033-03-17T17:00"));
        send(closed(LANG_SON, neverCompleted, "2033-03-04T08:00", "2033-03-25T08:00"));
        // withdrawn before anyone accepted it: not a dossier of the reports
        UUID submissionOnly = UUID.randomUUID();
        send(withdrawn(LANG_SON, submissionOnly, "2033-03-05T14:00"));

        await().atMost(EVENTUALLY).until(() -> !rows(db, "select 1 from dossier_fact where dossier_id = ?"
                + " and returned_at is not null", dossier).isEmpty()
                && rows(db, "select count(*) from dossier_fact where dossier_id in (?, ?) and ended_at is not null",
                gaveUp, neverCompleted).equals("2"));

        assertThat(rows(db, FACT, dossier)).isEqualTo("7.100001|1|CHUNG|null|SKHCN-20|QLCN|ONLINE_NATIONAL_PORTAL"
                + "|DECREE_118_2025|f|2033-03-02 09:00:00|2033-03-02 09:00:00|2033-03-25 17:00:00|2033-03-16 17:00:00"
                + "|1|172800|t|2033-03-24 10:00:00|APPROVED|ON_TIME|t|t|2033-03-24 15:00:00|ONLINE|null|null"
                + "|2033-03-24 10:00:00|3|1|1|2033-03-24 15:00:00");
        assertThat(rows(db, DUES, dossier)).isEqualTo("""
                2033-03-02 09:00:00|2033-03-16 17:00:00
                2033-03-04 10:00:00|null
                2033-03-06 10:00:00|2033-03-20 17:00:00
                2033-03-19 09:00:00|2033-03-25 17:00:00""");
        assertThat(rows(db, "select province_code, agency, procedure_code, amount, online, " + local("paid_at")
                + " from payment_fact where dossier_id = ?", dossier))
                .isEqualTo("20|SKHCN-20|7.100001|50000|t|2033-03-02 09:15:00");
        assertThat(rows(db, "select code, digitised, reused from dossier_paper_fact where dossier_id = ?"
                + " order by code", dossier)).isEqualTo("BV|f|f\nGP|f|t\nTK|t|f");
        assertThat(rows(db, "select channel, " + local("withdrawn_at") + ", " + local("ended_at")
                + " from dossier_fact where dossier_id = ?", gaveUp))
                .isEqualTo("DIRECT_CENTRE|2033-03-05 14:00:00|2033-03-05 14:00:00");
        assertThat(rows(db, "select " + local("closed_at") + ", " + local("ended_at") + ", supplement_requests"
                + " from dossier_fact where dossier_id = ?", neverCompleted))
                .isEqualTo("2033-03-25 08:00:00|2033-03-25 08:00:00|1");
        assertThat(rows(db, "select count(*) from dossier_fact where dossier_id = ?", submissionOnly)).isEqualTo("0");
    }

    @Test
    void aRedeliveredEventAndACopyOfItChangeNothing() {
        UUID dossier = UUID.randomUUID();
        List<EventEnvelope> story = story(dossier, "7.200001");
        story.forEach(ReportingEvents::send);
        await().atMost(EVENTUALLY).until(() -> !rows(db, "select 1 from dossier_fact where dossier_id = ?"
                + " and returned_at is not null", dossier).isEmpty());
        String before = everything(dossier);

        double returns = consumed(EventType.DOSSIER_RETURNED);
        // the same records again (the inbox skips them), then copies under new ids (the effects are idempotent)
        story.forEach(ReportingEvents::send);
        story.forEach(e -> send(EventEnvelope.of(e.payload(), new ProvinceCode(LANG_SON), e.time())));
        // one dossier's events share a partition: once both returns are handled, every record before them was
        await().atMost(EVENTUALLY).until(() -> consumed(EventType.DOSSIER_RETURNED) >= returns + 2);

        assertThat(everything(dossier)).isEqualTo(before);
        assertThat(rows(db, "select count(*) from dossier_due where dossier_id = ?", dossier)).isEqualTo("4");
        assertThat(rows(db, "select supplement_seconds from dossier_fact where dossier_id = ?", dossier))
                .isEqualTo("172800");
    }

    @Test
    void aDossierReceivedBeforeTheCatalogueKnowsItsVersionGetsItsFieldWhenTheVersionArrives() {
        UUID pinned = UUID.randomUUID();
        UUID unpinned = UUID.randomUUID();
        UUID beforeTheProcedure = UUID.randomUUID();
        send(received(LANG_SON, pinned, "7.300001", 1, Channel.DIRECT_CENTRE, "2033-05-10T09:00",
                "2033-05-24T17:00"));
        send(received(LANG_SON, unpinned, "7.300001", null, Channel.DIRECT_CENTRE, "2033-05-11T09:00",
                "2033-05-25T17:00"));
        send(received(LANG_SON, beforeTheProcedure, "7.300001", null, Channel.DIRECT_CENTRE, "2032-12-01T09:00",
                "2032-12-15T17:00"));
        await().atMost(EVENTUALLY).until(() -> rows(db, "select count(*) from dossier_fact where dossier_id in"
                + " (?, ?, ?)", pinned, unpinned, beforeTheProcedure).equals("3"));
        assertThat(rows(db, "select count(*) from dossier_fact where dossier_id in (?, ?, ?) and field_code is null",
                pinned, unpinned, beforeTheProcedure)).isEqualTo("3");

        send(published(LANG_SON, UUID.randomUUID(), "7.300001", terms(1, "2033-01-01", "LV-THU-3")));

        await().atMost(EVENTUALLY).until(() -> rows(db, "select count(*) from dossier_fact where dossier_id in"
                + " (?, ?) and field_code = 'LV-THU-3'", pinned, unpinned).equals("2"));
        assertThat(rows(db, "select field_code from dossier_fact where dossier_id = ?", beforeTheProcedure))
                .isEqualTo("null");
        // and a dossier received after the catalogue knows the version gets it at once
        UUID later = UUID.randomUUID();
        send(received(LANG_SON, later, "7.300001", 1, Channel.DIRECT_CENTRE, "2033-06-01T09:00",
                "2033-06-15T17:00"));
        await().atMost(EVENTUALLY).until(() -> rows(db, "select field_code from dossier_fact where dossier_id = ?",
                later).equals("LV-THU-3"));
    }

    @Test
    void aSupplementRequestStopsTheClockAndTheSupplementRestartsItWithANewDueDate() {
        UUID dossier = UUID.randomUUID();
        String inForceOnThe5th = "select " + local("due_at") + " from dossier_due where dossier_id = ?"
                + " and valid_from < '2033-04-05T00:00:00+07' order by valid_from desc limit 1";
        String inForceOnThe10th = inForceOnThe5th.replace("2033-04-05", "2033-04-10");
        send(received(LANG_SON, dossier, "7.400001", 1, Channel.DIRECT_AGENCY, "2033-04-01T09:00",
                "2033-04-15T17:00"));
        send(supplementRequested(LANG_SON, dossier, "2033-04-03T09:00", "2033-04-15T17:00"));
        await().atMost(EVENTUALLY).until(() -> rows(db, "select count(*) from dossier_due where dossier_id = ?",
                dossier).equals("2"));
        assertThat(rows(db, inForceOnThe5th, dossier)).isEqualTo("null");
        // the fact carries its latest due row: since the request, none (the clock stopped)
        assertThat(rows(db, "select " + local("latest_due_from") + ", " + local("latest_due_at")
                + " from dossier_fact where dossier_id = ?", dossier)).isEqualTo("2033-04-03 09:00:00|null");

        send(supplemented(LANG_SON, dossier, "2033-04-03T09:00", "2033-04-08T09:00", "2033-04-15T17:00",
                "2033-04-22T17:00"));
        await().atMost(EVENTUALLY).until(() -> rows(db, "select count(*) from dossier_due where dossier_id = ?",
                dossier).equals("3"));
        assertThat(rows(db, inForceOnThe5th, dossier)).isEqualTo("null");
        assertThat(rows(db, inForceOnThe10th, dossier)).isEqualTo("2033-04-22 17:00:00");
        assertThat(rows(db, "select " + local("due_at") + ", supplement_seconds from dossier_fact"
                + " where dossier_id = ?", dossier)).isEqualTo("2033-04-22 17:00:00|432000");
        assertThat(rows(db, "select " + local("latest_due_from") + ", " + local("latest_due_at")
                + " from dossier_fact where dossier_id = ?", dossier))
                .isEqualTo("2033-04-08 09:00:00|2033-04-22 17:00:00");
    }

    @Test
    void catalogueOrganisationCalendarAndEvaluationEventsLandInTheirTables() {
        UUID procedure = UUID.randomUUID();
        double agencies = consumed(EventType.AGENCY_CHANGED);
        double calendars = consumed(EventType.CALENDAR_CHANGED);
        double ratings = consumed(EventType.RATING_SUBMITTED);
        double scorecards = consumed(EventType.SCORECARD_CHANGED);
        double abolitions = consumed(EventType.PROCEDURE_ABOLISHED);
        send(published(LANG_SON, procedure, "7.500001", terms(1, "2033-02-01", "LV-THU-5", 0)));
        send(amended(LANG_SON, procedure, "7.500001", terms(2, "2033-07-01", "LV-THU-5", 0, 50_000)));
        send(abolished(LANG_SON, procedure, "7.500001", "2033-09-01"));
        send(agency(LANG_SON, "THU-A-20", "Sở Thử nghiệm", 2,
                new AgencyChanged.Field("LV-THU-5", "Lĩnh vực thử nghiệm")));
        // an older revision arriving late changes nothing
        send(agency(LANG_SON, "THU-A-20", "Tên cũ", 1, new AgencyChanged.Field("LV-THU-5", "Tên cũ")));
        send(calendar("45", 1, new CalendarChanged.ReportingCutoff(java.time.LocalDate.parse("2020-01-01"), 15),
                new CalendarChanged.ReportingCutoff(java.time.LocalDate.parse("2033-01-01"), 5)));
        // the whole calendar again, now without the 2033 change: the province's rows are replaced
        send(calendar("45", 2, new CalendarChanged.ReportingCutoff(java.time.LocalDate.parse("2020-01-01"), 15),
                new CalendarChanged.ReportingCutoff(java.time.LocalDate.parse("2034-01-01"), 1)));
        UUID unhappy = UUID.randomUUID();
        UUID happy = UUID.randomUUID();
        send(rating(LANG_SON, unhappy, "2033-03-26T08:00", 2, 1, 0));
        send(rating(LANG_SON, happy, "2033-03-27T08:00", 2, 2, 1));
        // a second rating of the same dossier: the first is kept
        send(rating(LANG_SON, unhappy, "2033-03-28T08:00", 2, 2, 2));
        send(scorecard(LANG_SON, "THU-S-20", 2, "15.5"));
        send(scorecard(LANG_SON, "THU-S-20", 1, "9.0"));

        await().atMost(EVENTUALLY).until(() -> consumed(EventType.AGENCY_CHANGED) >= agencies + 2
                && consumed(EventType.CALENDAR_CHANGED) >= calendars + 2
                && consumed(EventType.RATING_SUBMITTED) >= ratings + 3
                && consumed(EventType.SCORECARD_CHANGED) >= scorecards + 2
                && consumed(EventType.PROCEDURE_ABOLISHED) >= abolitions + 1);
        await().atMost(EVENTUALLY).until(() -> rows(db, "select count(*) from procedure_version_fact"
                + " where procedure_id = ? and effective_to is not null", procedure).equals("1"));

        assertThat(rows(db, "select province_code, code, version, name, field_code, agency, issuing_level, mechanism,"
                + " online_mode, postal_receipt, postal_return, four_on_the_spot, fee_bearing, effective_from,"
                + " effective_to, decision_number, decision_date from procedure_version_fact where procedure_id = ?"
                + " order by version", procedure)).isEqualTo("""
                20|7.500001|1|Cấp giấy phép thử nghiệm|LV-THU-5|SKHCN-20|CENTRAL|ONE_STOP|FULL|t|f|f|f|2033-02-01\
                |2033-07-01|QĐ 1/QĐ-UBND|2033-01-22
                20|7.500001|2|Cấp giấy phép thử nghiệm|LV-THU-5|SKHCN-20|CENTRAL|ONE_STOP|FULL|t|f|f|t|2033-07-01\
                |null|QĐ 2/QĐ-UBND|2033-06-21""");
        assertThat(rows(db, "select code, effective_from, decision_number, decision_date from procedure_abolition_fact"
                + " where procedure_id = ?", procedure)).isEqualTo("7.500001|2033-09-01|QĐ 99/QĐ-UBND|2033-08-20");
        assertThat(rows(db, "select name, revision, fields ->> 0 is not null, fields -> 0 ->> 'name'"
                + " from agency_fact where province_code = '20' and code = 'THU-A-20'"))
                .isEqualTo("Sở Thử nghiệm|2|t|Lĩnh vực thử nghiệm");
        assertThat(rows(db, "select name from field_fact where province_code = '20' and code = 'LV-THU-5'"))
                .isEqualTo("Lĩnh vực thử nghiệm");
        assertThat(rows(db, "select valid_from, day from reporting_cutoff_fact where province_code = '45'"
                + " order by valid_from")).isEqualTo("2020-01-01|15\n2034-01-01|1");
        assertThat(rows(db, "select dossier_id = ?, agency, " + local("rated_at") + ", satisfied from rating_fact"
                + " where dossier_id in (?, ?) order by rated_at", unhappy, unhappy, happy))
                .isEqualTo("t|SKHCN-20|2033-03-26 08:00:00|f\nf|SKHCN-20|2033-03-27 08:00:00|t");
        assertThat(rows(db, "select subject_kind, period_label, revision, total, max, band, dossiers,"
                + " body ->> 'subject', body -> 'index766' -> 0 ->> 'points' from scorecard_fact"
                + " where province_code = '20' and subject = 'THU-S-20'"))
                .isEqualTo("AGENCY|2033-Q2|2|15.5|18.0|TOT|3|THU-S-20|17.5");
    }

    /** Every row the reports keep of one dossier. */
    private String everything(UUID dossier) {
        return rows(db, FACT, dossier) + "\n" + rows(db, DUES, dossier) + "\n"
                + rows(db, "select * from payment_fact where dossier_id = ?", dossier) + "\n"
                + rows(db, "select * from dossier_paper_fact where dossier_id = ? order by code", dossier);
    }

    private double consumed(EventType type) {
        Counter c = metrics.find("motcua.events.consumed").tags("consumer", "reporting-service", "type", type.type())
                .counter();
        return c == null ? 0 : c.count();
    }
}
