package vn.motcua.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.messaging.FactProjectionTest.DUES;
import static vn.motcua.reporting.messaging.FactProjectionTest.FACT;
import static vn.motcua.reporting.messaging.FactProjectionTest.LANG_SON;
import static vn.motcua.reporting.messaging.ReportingEvents.published;
import static vn.motcua.reporting.messaging.ReportingEvents.received;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;
import static vn.motcua.reporting.messaging.ReportingEvents.terms;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.EventEnvelope;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.FactProjection;
import vn.motcua.testing.TestKafka;

/**
 * A batch of records applied in one transaction ({@link EventHandler#handleAll}, a rebuild's replay) gives the rows
 * that applying them one by one gives, although the projection's writes are sent as JDBC batches in an order of its
 * own ({@code repository/PendingWrites}): each dossier's writes in the order of its events, a statement that reads
 * the read model after every write queued before it.
 */
@QuarkusTest
class FactBatchTest {
    /** {@link FactProjectionTest#story}'s dossier after its return, as the live consumer leaves it. */
    static final String RETURNED = "7.500001|1|CHUNG|null|SKHCN-20|QLCN|ONLINE_NATIONAL_PORTAL"
            + "|DECREE_118_2025|f|2033-03-02 09:00:00|2033-03-02 09:00:00|2033-03-25 17:00:00|2033-03-16 17:00:00"
            + "|1|172800|t|2033-03-24 10:00:00|APPROVED|ON_TIME|t|t|2033-03-24 15:00:00|ONLINE|null|null"
            + "|2033-03-24 10:00:00|3|1|1|2033-03-24 15:00:00";
    static final String RETURNED_DUES = """
            2033-03-02 09:00:00|2033-03-16 17:00:00
            2033-03-04 10:00:00|null
            2033-03-06 10:00:00|2033-03-20 17:00:00
            2033-03-19 09:00:00|2033-03-25 17:00:00""";

    @Inject
    EventHandler events;

    @Inject
    FactProjection facts;

    @Inject
    DataSource db;

    @Test
    void threeDossiersWholeLivesInterleavedInOneBatchGiveEachTheRowsOfTheLiveConsumer() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        List<EventEnvelope> one = FactProjectionTest.story(first, "7.500001");
        List<EventEnvelope> two = FactProjectionTest.story(second, "7.500001");
        // the third starts four events later: its writes never line up with the others'
        List<EventEnvelope> three = FactProjectionTest.story(third, "7.500001");
        List<EventEnvelope> batch = new ArrayList<>();
        for (int i = 0; i < one.size() + 4; i++) {
            if (i < one.size()) {
                batch.add(one.get(i));
                batch.add(two.get(i));
            }
            if (i >= 4) {
                batch.add(three.get(i - 4));
            }
        }

        assertThat(events.handleAll(records(batch), facts::apply)).isZero();

        for (UUID dossier : List.of(first, second, third)) {
            assertThat(rows(db, FACT, dossier)).as(dossier.toString()).isEqualTo(RETURNED);
            assertThat(rows(db, DUES, dossier)).as(dossier.toString()).isEqualTo(RETURNED_DUES);
            assertThat(rows(db, "select " + ReportingEvents.local("latest_due_from") + ", "
                    + ReportingEvents.local("latest_due_at") + " from dossier_fact where dossier_id = ?", dossier))
                    .isEqualTo("2033-03-19 09:00:00|2033-03-25 17:00:00");
            assertThat(rows(db, "select procedure_code, amount from payment_fact where dossier_id = ?", dossier))
                    .isEqualTo("7.500001|50000");
        }
    }

    @Test
    void aProcedureVersionLaterInTheSameBatchGivesTheDossierReceivedBeforeItItsField() {
        UUID dossier = UUID.randomUUID();
        List<EventEnvelope> batch = List.of(
                received(LANG_SON, dossier, "7.500002", 1, Channel.VNEID, "2033-05-02T09:00", "2033-05-16T17:00"),
                published(LANG_SON, UUID.randomUUID(), "7.500002", terms(1, "2033-01-01", "LV-LO-1", 0)));

        assertThat(events.handleAll(records(batch), facts::apply)).isZero();

        assertThat(rows(db, "select procedure_code, procedure_version, field_code from dossier_fact"
                + " where dossier_id = ?", dossier)).isEqualTo("7.500002|1|LV-LO-1");
    }

    /** The events as a consumer reads them, at consecutive offsets of one partition. */
    static List<ConsumerRecord<String, String>> records(List<EventEnvelope> batch) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (EventEnvelope event : batch) {
            ProducerRecord<String, String> sent = TestKafka.record(event);
            ConsumerRecord<String, String> read = new ConsumerRecord<>(sent.topic(), 0, records.size(), sent.key(),
                    sent.value());
            sent.headers().forEach(header -> read.headers().add(header));
            records.add(read);
        }
        return records;
    }
}
