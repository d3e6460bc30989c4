package vn.motcua.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.messaging.FactBatchTest.RETURNED_DUES;
import static vn.motcua.reporting.messaging.FactBatchTest.records;
import static vn.motcua.reporting.messaging.FactProjectionTest.DUES;
import static vn.motcua.reporting.messaging.FactProjectionTest.FACT;
import static vn.motcua.reporting.messaging.FactProjectionTest.LANG_SON;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.FactProjection;

/**
 * Issue 17: the rebuild's replay ({@link ReportingStore#applyAll}: a batch per transaction, a dossier's latest due
 * row written once per batch after its other writes, a supplement's wait decided in PostgreSQL, commits that do not
 * wait for the disk) leaves the rows the live consumer leaves, one event at a time, also when a dossier's events
 * are split between two batches at any point of its life.
 */
@QuarkusTest
class ReplayedHistoryTest {
    /** A procedure no other test publishes a version of: the dossier's field stays unknown (null). */
    static final String PROCEDURE = "7.700001";
    /** {@link FactProjectionTest#story}'s dossier after its return, as the live consumer leaves it. */
    static final String RETURNED = "7.700001|1|CHUNG|null|SKHCN-20|QLCN|ONLINE_NATIONAL_PORTAL"
            + "|DECREE_118_2025|f|2033-03-02 09:00:00|2033-03-02 09:00:00|2033-03-25 17:00:00|2033-03-16 17:00:00"
            + "|1|172800|t|2033-03-24 10:00:00|APPROVED|ON_TIME|t|t|2033-03-24 15:00:00|ONLINE|null|null"
            + "|2033-03-24 10:00:00|3|1|1|2033-03-24 15:00:00";
    static final String LATEST_DUE = "select " + ReportingEvents.local("latest_due_from") + ", "
            + ReportingEvents.local("latest_due_at") + " from dossier_fact where dossier_id = ?";

    @Inject
    ReportingStore store;

    @Inject
    EventHandler events;

    @Inject
    FactProjection facts;

    @Inject
    DataSource db;

    @Test
    void theLiveConsumerOneEventAtATimeLeavesTheseRows() {
        UUID dossier = UUID.randomUUID();

        records(FactProjectionTest.story(dossier, PROCEDURE)).forEach(record -> events.handle(record, facts::apply));

        assertReturned(dossier);
    }

    /** Split after each of the story's events but the last (reception ... resolution, return). */
    @ParameterizedTest(name = "first batch: the first {0} events")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDossierWhoseEventsSpanTwoReplayedBatchesGetsTheRowsOfTheLiveConsumer(int firstBatch) {
        UUID dossier = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<EventEnvelope> story = FactProjectionTest.story(dossier, PROCEDURE);
        List<EventEnvelope> otherStory = FactProjectionTest.story(other, PROCEDURE);
        // another dossier's whole life interleaved with the first batch: its writes line up with this one's
        List<EventEnvelope> first = new ArrayList<>();
        for (int i = 0; i < otherStory.size(); i++) {
            if (i < firstBatch) {
                first.add(story.get(i));
            }
            first.add(otherStory.get(i));
        }

        assertThat(store.applyAll(records(first))).isZero();
        assertThat(store.applyAll(records(story.subList(firstBatch, story.size())))).isZero();

        assertReturned(dossier);
        assertReturned(other);
    }

    @Test
    void aCopyOfTheSupplementUnderANewIdInTheSameBatchAddsTheWaitOnce() {
        UUID dossier = UUID.randomUUID();
        List<EventEnvelope> story = FactProjectionTest.story(dossier, PROCEDURE);
        EventEnvelope supplemented = story.get(5);
        List<EventEnvelope> untilTheSupplement = new ArrayList<>(story.subList(0, 6));
        // published twice (a retried outbox after a lost acknowledgement) under a new id, right after the first
        untilTheSupplement.add(EventEnvelope.of(supplemented.payload(), new ProvinceCode(LANG_SON),
                supplemented.time()));

        assertThat(store.applyAll(records(untilTheSupplement))).isZero();

        // requested on 4 March at 10:00, complete on 6 March at 10:00: two days waited, once
        assertThat(rows(db, "select supplement_requests, supplement_seconds, " + ReportingEvents.local("due_at")
                + " from dossier_fact where dossier_id = ?", dossier)).isEqualTo("1|172800|2033-03-20 17:00:00");
        assertThat(rows(db, LATEST_DUE, dossier)).isEqualTo("2033-03-06 10:00:00|2033-03-20 17:00:00");

        assertThat(store.applyAll(records(story.subList(6, story.size())))).isZero();

        assertReturned(dossier);
    }

    private void assertReturned(UUID dossier) {
        assertThat(rows(db, FACT, dossier)).as(dossier.toString()).isEqualTo(RETURNED);
        assertThat(rows(db, DUES, dossier)).as(dossier.toString()).isEqualTo(RETURNED_DUES);
        assertThat(rows(db, LATEST_DUE, dossier)).as(dossier.toString())
                .isEqualTo("2033-03-19 09:00:00|2033-03-25 17:00:00");
        assertThat(rows(db, "select procedure_code, amount from payment_fact where dossier_id = ?", dossier))
                .isEqualTo("7.700001|50000");
    }
}
