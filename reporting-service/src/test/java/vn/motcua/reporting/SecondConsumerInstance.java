package vn.motcua.reporting;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.MalformedEventException;
import vn.motcua.events.Topics;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.testing.KafkaResource;

/**
 * A second instance of the service's consumer, as a second pod would run it: the same group id, the same
 * {@link EventHandler} and effect, offsets committed only after the records are handled.
 */
final class SecondConsumerInstance implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SecondConsumerInstance.class);

    private final KafkaConsumer<String, String> consumer;
    private final EventHandler events;
    private final Consumer<EventEnvelope> effect;
    private final Set<String> counted;
    private final AtomicInteger applied = new AtomicInteger();
    private final Thread thread;
    private volatile Set<Integer> partitions = Set.of();
    private volatile boolean running = true;

    private SecondConsumerInstance(EventHandler events, Consumer<EventEnvelope> effect, Set<String> counted) {
        this.events = events;
        this.effect = effect;
        this.counted = counted;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-service");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "second-instance-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(Topics.DOSSIER_EVENTS));
        thread = Thread.ofPlatform().name("second-consumer-instance").start(this::loop);
    }

    /** Joins the group; {@code counted} are the keys whose applied effects {@link #applied()} counts. */
    static SecondConsumerInstance start(EventHandler events, Consumer<EventEnvelope> effect, Set<String> counted) {
        return new SecondConsumerInstance(events, effect, counted);
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                partitions = new TreeSet<>(consumer.assignment().stream().map(TopicPartition::partition).toList());
                Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
                for (TopicPartition tp : records.partitions()) {
                    for (ConsumerRecord<String, String> record : records.records(tp)) {
                        if (!handle(record)) {
                            consumer.seek(tp, record.offset());
                            break;
                        }
                        handled.put(tp, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
                if (!handled.isEmpty()) {
                    consumer.commitSync(handled);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close(Duration.ofSeconds(10));
        }
    }

    /** False when the record must be tried again (the service's consumer retries it too). */
    private boolean handle(ConsumerRecord<String, String> record) {
        try {
            events.handle(record, event -> {
                effect.accept(event);
                if (counted.contains(event.key())) {
                    applied.incrementAndGet();
                }
            });
            return true;
        } catch (MalformedEventException e) {
            // earlier tests' poison records: the service parks them in its dead-letter topic, we skip them
            LOG.debugf("second instance skips malformed record at offset %d", record.offset());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "second instance retries offset %d of partition %d", record.offset(), record.partition());
            return false;
        }
    }

    boolean hasPartitions() {
        return !partitions.isEmpty();
    }

    Set<Integer> partitions() {
        return partitions;
    }

    /** Effects this instance applied (first deliveries only) to the counted dossiers. */
    int applied() {
        return applied.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(20));
    }
}
