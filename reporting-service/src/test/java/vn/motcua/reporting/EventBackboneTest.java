package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.DossierEvents.received;
import static vn.motcua.reporting.DossierEvents.record;
import static vn.motcua.reporting.DossierEvents.resolved;
import static vn.motcua.reporting.DossierEvents.send;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.FactProjection;
import vn.motcua.testing.Sql;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.TestKafka;

/**
 * The event backbone's consuming side, on the real broker (ARCHITECTURE §4): redelivery, scale-out in a
 * consumer group and poison events, seen in the dossier facts. Each test receives its dossiers at instants of 2032
 * no other test uses, so its counts are literal.
 */
@QuarkusTest
class EventBackboneTest {
    static final String LANG_SON = "20";
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Inject
    EventHandler events;

    @Inject
    FactProjection facts;

    @Inject
    DataSource db;

    @Test
    void aRedeliveredEventHasOneEffect() throws SQLException {
        UUID dossier = UUID.randomUUID();
        EventEnvelope event = received(LANG_SON, dossier, Channel.ONLINE_PROVINCIAL_PORTAL,
                "2032-02-02T09:00", "2032-02-16T17:00");

        send(event);
        send(event);
        // one dossier's events share a partition, so once this one counts, both deliveries were handled
        send(resolved(LANG_SON, dossier, Channel.ONLINE_PROVINCIAL_PORTAL, "2032-02-02T09:00",
                "2032-02-16T17:00", "2032-02-10T10:00", Timeliness.EARLY));

        await().atMost(EVENTUALLY).until(() -> fact(dossier, "timeliness").equals("EARLY"));
        assertThat(fact(dossier, "count(*) over (), channel, received_at = '2032-02-02T09:00+07',"
                + " due_at = '2032-02-16T17:00+07', resolved_at = '2032-02-10T10:00+07'"))
                .isEqualTo("1|ONLINE_PROVINCIAL_PORTAL|t|t|t");
        assertThat(Sql.row(db, "select count(*) from dossier_due where dossier_id = '" + dossier + "'"))
                .isEqualTo("1");
    }

    @Test
    void twoInstancesOfAConsumerInOneGroupShareThePartitionsAndEveryEventHasExactlyOneEffect() throws Exception {
        List<EventEnvelope> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(received(LANG_SON, UUID.randomUUID(), Channel.DIRECT_CENTRE, "2032-05-04T09:00",
                    "2032-05-18T17:00"));
        }
        Set<String> ours = ConcurrentHashMap.newKeySet();
        batch.forEach(e -> ours.add(e.key()));

        try (SecondConsumerInstance second = SecondConsumerInstance.start(events, facts::apply, ours)) {
            // the group has rebalanced: each instance holds some of the partitions
            await().atMost(EVENTUALLY).until(() -> second.hasPartitions()
                    && second.partitions().size() < KafkaResource.PARTITIONS);

            Map<Integer, Integer> perPartition = produce(batch);

            await().atMost(EVENTUALLY).until(() -> receivedAt("2032-05-04T09:00+07") == 200);
            int bySecond = second.applied();
            int byService = 200 - bySecond;
            System.out.printf("200 events over partitions %s: second instance (partitions %s) applied %d,"
                    + " the service's instance applied %d%n", perPartition, second.partitions(), bySecond, byService);
            assertThat(bySecond).as("effects applied by the second instance").isPositive();
            assertThat(byService).as("effects applied by the service's own consumer").isPositive();
        }
        // nothing trickles in after the count is reached: every event had exactly one effect
        Thread.sleep(2_000);
        assertThat(receivedAt("2032-05-04T09:00+07")).isEqualTo(200);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextGoodRecordIsStillCounted() {
        EventEnvelope good = received(LANG_SON, UUID.randomUUID(), Channel.POSTAL, "2032-08-03T09:00",
                "2032-08-17T17:00");
        // same key, so the good record sits right behind the bad one in the same partition
        Map<String, String> headers = CloudEventCodec.headers(
                received(LANG_SON, UUID.randomUUID(), Channel.POSTAL, "2032-08-03T09:00", "2032-08-17T17:00"));
        TestKafka.send(Topics.DOSSIER_EVENTS, good.key(), headers, "{\"dossierId\": not json");
        send(good);

        await().atMost(EVENTUALLY).until(() -> receivedAt("2032-08-03T09:00+07") == 1);
        try (TestKafka.Reader dlq = TestKafka.reader("dlq.reporting-service")) {
            var parked = dlq.await(r -> good.key().equals(r.key()), 1, EVENTUALLY).getFirst();
            assertThat(parked.value()).isEqualTo("{\"dossierId\": not json");
            assertThat(TestKafka.header(parked, CloudEventCodec.H_ID)).isEqualTo(headers.get(CloudEventCodec.H_ID));
        }
    }

    /** Columns of a dossier's fact row, joined by {@code |}; "none" while it has none. */
    private String fact(UUID dossier, String columns) {
        try {
            return Sql.row(db, "select " + columns + " from dossier_fact where dossier_id = '" + dossier + "'");
        } catch (SQLException e) {
            return "none";
        }
    }

    /** Dossiers of Lạng Sơn received at this instant: each test receives its dossiers at instants of its own. */
    private int receivedAt(String instant) throws SQLException {
        return Integer.parseInt(Sql.row(db, "select count(*) from dossier_fact where province_code = '20'"
                + " and received_at = '" + instant + "'"));
    }

    /** Sends a batch with one producer and returns how many records went to each partition. */
    private static Map<Integer, Integer> produce(List<EventEnvelope> batch) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<Integer, Integer> perPartition = new ConcurrentHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            batch.forEach(e -> sent.add(producer.send(record(e))));
            for (var f : sent) {
                perPartition.merge(f.get(30, TimeUnit.SECONDS).partition(), 1, Integer::sum);
            }
        }
        return perPartition;
    }
}
