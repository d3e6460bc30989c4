package vn.motcua.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.messaging.ReportingEvents.received;
import static vn.motcua.reporting.messaging.ReportingEvents.resolved;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.platform.inbox.BatchEventHandler;
import vn.motcua.testing.TestKafka;

/**
 * The dossier channel consumed a poll's records at a time ({@link BatchEventHandler}), on the real database and
 * broker: one poison record is parked alone in {@code dlq.reporting-service} with the dead-letter strategy's headers,
 * the records around it are applied once, a redelivered batch changes nothing, a transient failure is retried. The
 * effect here is a counter per event, incremented when the transaction that applied it commits: unlike the reports'
 * upserts, it shows a second application.
 */
@QuarkusTest
class BatchConsumptionTest {
    static final String DLQ = Topics.deadLetter("reporting-service");
    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** Long enough for a record parked by mistake to reach a reader; only used to show that none was. */
    static final Duration QUIET = Duration.ofSeconds(2);

    @Inject
    BatchEventHandler batches;

    @Inject
    DataSource db;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();

    @Test
    void aMalformedRecordInTheMiddleIsTheOnlyOneParkedAndTheRecordsAroundItAreAppliedOnce() {
        EventEnvelope before = received("20", UUID.randomUUID(), "7.960001", 1, Channel.POSTAL, "2039-03-02T09:00",
                "2039-03-16T17:00");
        EventEnvelope after = received("04", UUID.randomUUID(), "7.960001", 1, Channel.POSTAL, "2039-03-02T09:10",
                "2039-03-16T17:00");
        ConsumerRecord<String, String> poison = malformed(1);

        batches.handle(List.of(record(before, 0), poison, record(after, 2)), count());

        assertThat(applied(before)).isEqualTo(1);
        assertThat(applied(after)).isEqualTo(1);
        try (TestKafka.Reader dlq = TestKafka.reader(DLQ)) {
            ConsumerRecord<String, String> parked = dlq.await(r -> poison.key().equals(r.key()), 1, EVENTUALLY)
                    .getFirst();
            assertThat(parked.value()).isEqualTo("{\"dossierId\": not json");
            assertThat(TestKafka.header(parked, "dead-letter-exception-class-name"))
                    .isEqualTo("vn.motcua.events.MalformedEventException");
            assertThat(TestKafka.header(parked, "dead-letter-topic")).isEqualTo("dossier.events.v1");
            assertThat(TestKafka.header(parked, "dead-letter-partition")).isEqualTo("0");
            assertThat(TestKafka.header(parked, "dead-letter-offset")).isEqualTo("1");
            assertThat(TestKafka.header(parked, CloudEventCodec.H_ID))
                    .isEqualTo(header(poison, CloudEventCodec.H_ID));
            assertThat(dlq.within(r -> Set.of(before.key(), after.key()).contains(r.key()), QUIET)).isEmpty();
        }
    }

    @Test
    void anEventWhoseProvinceTransactionAlwaysFailsIsParkedAloneAndTheOthersOfTheBatchAreAppliedOnce() {
        // Lạng Sơn's transaction commits; Cao Bằng's fails on the poison event every time, after its retries the
        // batch is handled one event at a time
        EventEnvelope langSon = received("20", UUID.randomUUID(), "7.960002", 1, Channel.POSTAL, "2039-03-03T09:00",
                "2039-03-17T17:00");
        EventEnvelope poison = received("04", UUID.randomUUID(), "7.960002", 1, Channel.POSTAL, "2039-03-03T09:05",
                "2039-03-17T17:00");
        EventEnvelope caoBang = received("04", UUID.randomUUID(), "7.960002", 1, Channel.POSTAL, "2039-03-03T09:10",
                "2039-03-17T17:00");

        batches.handle(List.of(record(langSon, 10), record(poison, 11), record(caoBang, 12)), count(event -> {
            if (event.id().equals(poison.id())) {
                throw new IllegalStateException("không áp dụng được sự kiện");
            }
        }));

        assertThat(applied(langSon)).isEqualTo(1);
        assertThat(applied(poison)).isZero();
        assertThat(applied(caoBang)).isEqualTo(1);
        try (TestKafka.Reader dlq = TestKafka.reader(DLQ)) {
            ConsumerRecord<String, String> parked = dlq.await(r -> poison.key().equals(r.key()), 1, EVENTUALLY)
                    .getFirst();
            assertThat(TestKafka.header(parked, "dead-letter-exception-class-name"))
                    .isEqualTo("java.lang.IllegalStateException");
            assertThat(TestKafka.header(parked, "dead-letter-reason")).isEqualTo("không áp dụng được sự kiện");
            assertThat(TestKafka.header(parked, "dead-letter-offset")).isEqualTo("11");
            assertThat(dlq.within(r -> Set.of(langSon.key(), caoBang.key()).contains(r.key()), QUIET)).isEmpty();
        }
    }

    @Test
    void aBatchDeliveredTwiceIsAppliedOnce() {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(received(i % 2 == 0 ? "20" : "04", UUID.randomUUID(), "7.960003", 1, Channel.DIRECT_CENTRE,
                    "2039-03-04T09:0" + i, "2039-03-18T17:00"));
        }
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            batch.add(record(events.get(i), 20 + i));
        }

        batches.handle(batch, count());
        batches.handle(batch, count());

        assertThat(events).allSatisfy(event -> assertThat(applied(event)).as(event.id().toString()).isEqualTo(1));
    }

    @Test
    void aProvinceTransactionThatFailsOnceIsRetriedAndNothingIsParked() {
        EventEnvelope first = received("20", UUID.randomUUID(), "7.960004", 1, Channel.POSTAL, "2039-03-05T09:00",
                "2039-03-19T17:00");
        EventEnvelope flaky = received("20", UUID.randomUUID(), "7.960004", 1, Channel.POSTAL, "2039-03-05T09:05",
                "2039-03-19T17:00");
        AtomicInteger attempts = new AtomicInteger();

        batches.handle(List.of(record(first, 30), record(flaky, 31)), count(event -> {
            if (event.id().equals(flaky.id()) && attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("cơ sở dữ liệu đang khởi động lại");
            }
        }));

        assertThat(attempts).hasValue(2);
        assertThat(applied(first)).isEqualTo(1);
        assertThat(applied(flaky)).isEqualTo(1);
        try (TestKafka.Reader dlq = TestKafka.reader(DLQ)) {
            assertThat(dlq.within(r -> Set.of(first.key(), flaky.key()).contains(r.key()), QUIET)).isEmpty();
        }
    }

    @Test
    void aPoisonRecordBetweenADossiersEventsOnTheLiveChannelIsParkedAndTheEventsAroundItCount() {
        UUID dossier = UUID.randomUUID();
        EventEnvelope receivedEvent = received("20", dossier, "7.960005", 1, Channel.POSTAL, "2039-03-06T09:00",
                "2039-03-20T17:00");
        EventEnvelope resolvedEvent = resolved("20", dossier, "7.960005", Channel.POSTAL, "2039-03-06T09:00",
                "2039-03-20T17:00", "2039-03-10T10:00", Timeliness.EARLY);
        // one key, so one partition, in this order, published together so that one poll may take all three
        ReportingEvents.sendAll(List.of(receivedEvent));
        TestKafka.send(Topics.DOSSIER_EVENTS, dossier.toString(), CloudEventCodec.headers(received("20",
                dossier, "7.960005", 1, Channel.POSTAL, "2039-03-06T09:00", "2039-03-20T17:00")),
                "{\"dossierId\": not json");
        ReportingEvents.sendAll(List.of(resolvedEvent));

        await().atMost(EVENTUALLY).until(() -> !rows(db, "select 1 from dossier_fact where dossier_id = ?"
                + " and resolved_at is not null", dossier).isEmpty());
        assertThat(rows(db, "select count(*), timeliness from dossier_fact where dossier_id = ? group by timeliness",
                dossier)).isEqualTo("1|EARLY");
        try (TestKafka.Reader dlq = TestKafka.reader(DLQ)) {
            assertThat(dlq.await(r -> dossier.toString().equals(r.key()), 1, EVENTUALLY)).hasSize(1);
            assertThat(dlq.within(r -> dossier.toString().equals(r.key()), QUIET)).hasSize(1);
        }
    }

    private Consumer<EventEnvelope> count() {
        return count(event -> {
        });
    }

    /** The effect: {@code before}, then one more application of the event once its transaction commits. */
    private Consumer<EventEnvelope> count(Consumer<EventEnvelope> before) {
        return event -> {
            before.accept(event);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        applied.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        };
    }

    private int applied(EventEnvelope event) {
        AtomicInteger n = applied.get(event.id());
        return n == null ? 0 : n.get();
    }

    private static ConsumerRecord<String, String> record(EventEnvelope event, long offset) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>(Topics.DOSSIER_EVENTS, 0, offset, event.key(),
                CloudEventCodec.payloadJson(event.payload()));
        CloudEventCodec.headers(event).forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    /** A dossier event's headers (a new event id) over a payload that is not JSON. */
    private static ConsumerRecord<String, String> malformed(long offset) {
        EventEnvelope shape = received("20", UUID.randomUUID(), "7.960001", 1, Channel.POSTAL, "2039-03-02T09:05",
                "2039-03-16T17:00");
        ConsumerRecord<String, String> r = new ConsumerRecord<>(Topics.DOSSIER_EVENTS, 0, offset, shape.key(),
                "{\"dossierId\": not json");
        CloudEventCodec.headers(shape).forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
