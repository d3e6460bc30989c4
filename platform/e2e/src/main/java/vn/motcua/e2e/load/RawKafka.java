package vn.motcua.e2e.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker reference, on the platform's own broker (port N+7) and a scratch topic of as many partitions as the
 * platform's topics (the launcher's 6), deleted afterwards. The producer is configured as platform/commons'
 * outbox relay (acks=all, idempotent, 5 in flight, linger 5 ms) and, like the relay, sends without waiting for each
 * acknowledgement, at most {@code window} records unacknowledged (the relay's batch); a record's latency is from
 * send to its acknowledgement. A consumer then reads every record back from the start, as a rebuild does.
 */
final class RawKafka implements AutoCloseable {
    private static final int PARTITIONS = 6;

    private final String bootstrap;
    private final String topic = "bench.scratch." + UUID.randomUUID();
    private final Admin admin;

    RawKafka(int port) throws Exception {
        this.bootstrap = "localhost:" + port;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }

    /** {@code count} records of {@code bytes} each, keyed by a dossier id, at most {@code window} in flight. */
    Measurement produce(String name, int count, int bytes, int window) throws Exception {
        String value = "x".repeat(bytes);
        long[] latencies = new long[count];
        AtomicInteger errors = new AtomicInteger();
        Semaphore inFlight = new Semaphore(window);
        CountDownLatch acknowledged = new CountDownLatch(count);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (int i = 0; i < count; i++) {
                inFlight.acquire();
                int n = i;
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value), (meta, e) -> {
                    latencies[n] = System.nanoTime() - t0;
                    if (e != null) {
                        errors.incrementAndGet();
                    }
                    inFlight.release();
                    acknowledged.countDown();
                });
            }
            if (!acknowledged.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the broker did not acknowledge " + count + " records in 2 minutes");
            }
        }
        return Measurement.of(name, "records", latencies, System.nanoTime() - start, errors.get());
    }

    /**
     * Reads {@code count} records back from the start of the scratch topic, its partitions assigned directly (no
     * group to join: the clock measures reading, not a rebalance); no per-record latency.
     */
    Measurement consume(String name, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            int read = 0;
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(2).toNanos();
            while (read < count && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return new Measurement(name, "records", read, System.nanoTime() - start, new Percentiles(new long[0]),
                    count - read);
        }
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    /** Deletes the scratch topic. */
    @Override
    public void close() throws Exception {
        try {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } finally {
            admin.close();
        }
    }
}
