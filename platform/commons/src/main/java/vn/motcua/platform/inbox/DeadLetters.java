package vn.motcua.platform.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.events.Topics;

/**
 * Parks a record in the service's dead-letter topic {@code dlq.<service>} exactly as the channel's
 * {@code dead-letter-queue} failure strategy does for a record-at-a-time consumer (SmallRye's
 * {@code KafkaDeadLetterQueue}): same topic, same key and value, the same {@code dead-letter-*} headers followed by
 * the record's own, so operators' tools read one format whichever consumer parked it. A batch consumer needs its own:
 * nacking a batch would park every record of it.
 *
 * <p>It waits for the broker's acknowledgement and retries until it has it: the batch's offsets are committed only
 * after this returns, so a record is never both skipped and missing from the dead-letter topic.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The consumer group, whose dead-letter topic this is (platform/commons: the service's name). */
    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private KafkaProducer<String, String> producer;

    /** Parks the record with why it failed; returns once the broker has it (interrupted: throws). */
    public void park(ConsumerRecord<String, String> record, Throwable failure) {
        ProducerRecord<String, String> parked = deadLetter(Topics.deadLetter(service), record, failure);
        Duration backoff = Duration.ofMillis(100);
        while (true) {
            try {
                producer().send(parked).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parking a record in the dead-letter topic", e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.warnf("cannot park %s partition %d offset %d in %s yet, retrying: %s", record.topic(),
                        record.partition(), record.offset(), parked.topic(), e.toString());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) < 0 ? backoff.multipliedBy(2) : MAX_BACKOFF;
            }
        }
    }

    /** The dead-letter record SmallRye's strategy writes: key, value, its headers, then the record's headers. */
    static ProducerRecord<String, String> deadLetter(String topic, ConsumerRecord<String, String> record,
            Throwable failure) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, null, record.key(), record.value());
        header(parked, "dead-letter-exception-class-name", failure.getClass().getName());
        header(parked, "dead-letter-reason", message(failure));
        if (failure.getCause() != null) {
            header(parked, "dead-letter-cause-class-name", failure.getCause().getClass().getName());
            header(parked, "dead-letter-cause", message(failure.getCause()));
        }
        header(parked, "dead-letter-topic", record.topic());
        header(parked, "dead-letter-partition", Integer.toString(record.partition()));
        header(parked, "dead-letter-offset", Long.toString(record.offset()));
        record.headers().forEach(h -> parked.headers().add(h));
        return parked;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record in the dead-letter topic", e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT.toMillis());
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis() - 10);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letters");
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
