package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.DossierEvents.quarterly;
import static vn.motcua.reporting.DossierEvents.received;
import static vn.motcua.reporting.DossierEvents.receivedTotal;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import vn.motcua.reporting.service.DossierFactService;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.TestKafka;

/**
 * The event backbone's consuming side, on the real broker (ARCHITECTURE §4): redelivery, scale-out in a
 * consumer group and poison events. Each test counts in its own quarter of 2032, which no other test touches, so its counts are literal.
 */
@QuarkusTest
class EventBackboneTest {
    static final String LANG_SON = "20";
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Inject
    EventHandler events;

    @Inject
    DossierFactService facts;

    @Test
    void aRedeliveredEventHasOneEffect() {
        UUID dossier = UUID.randomUUID();
        EventEnvelope event = received(LANG_SON, dossier, Channel.ONLINE_PROVINCIAL_PORTAL,
                "2032-02-02T09:00", "2032-02-16T17:00");

        send(event);
        send(event);
        // one dossier's events share a partition, so once this one counts, both deliveries were handled
        send(resolved(LANG_SON, dossier, Channel.ONLINE_PROVINCIAL_PORTAL, "2032-02-02T09:00",
                "2032-02-16T17:00", "2032-02-10T10:00", Timeliness.EARLY));

        await().atMost(EVENTUALLY).until(() -> quarterly(LANG_SON, 2032, 1).getInt("resolved.total") == 1);
        assertThat(receivedTotal(LANG_SON, 2032, 1)).isEqualTo(1);
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

            await().atMost(EVENTUALLY).until(() -> receivedTotal(LANG_SON, 2032, 2) == 200);
            int bySecond = second.applied();
            int byService = 200 - bySecond;
            System.out.printf("200 events over partitions %s: second instance (partitions %s) applied %d,"
                    + " the service's instance applied %d%n", perPartition, second.partitions(), bySecond, byService);
            assertThat(bySecond).as("effects applied by the second instance").isPositive();
            assertThat(byService).as("effects applied by the service's own consumer").isPositive();
        }
        // nothing trickles in after the count is reached: every event had exactly one effect
        Thread.sleep(2_000);
        assertThat(receivedTotal(LANG_SON, 2032, 2)).isEqualTo(200);
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

        await().atMost(EVENTUALLY).until(() -> receivedTotal(LANG_SON, 2032, 3) == 1);
        try (TestKafka.Reader dlq = TestKafka.reader("dlq.reporting-service")) {
            var parked = dlq.await(r -> good.key().equals(r.key()), 1, EVENTUALLY).getFirst();
            assertThat(parked.value()).isEqualTo("{\"dossierId\": not json");
            assertThat(TestKafka.header(parked, CloudEventCodec.H_ID)).isEqualTo(headers.get(CloudEventCodec.H_ID));
        }
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
