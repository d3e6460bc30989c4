package vn.motcua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventType;
import vn.motcua.events.ProvinceCode;

/**
 * Publishes committed outbox rows to Kafka in insertion order, then marks them published. One relay at a
 * time per database (a PostgreSQL advisory lock), so several instances of a service cannot reorder one
 * aggregate's events. Kafka down means rows wait, never that they are lost; a row may be sent twice after a
 * failure, which consumers absorb through their inbox.
 *
 * <p>It talks to the Kafka client directly rather than through a messaging emitter: the relay must know,
 * per row, that the broker acknowledged it (acks=all) before it marks the row.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any fixed number: the key of the advisory lock that elects the one publishing relay. */
    private static final long RELAY_LOCK = 0x6d6f74637561L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter failedRounds;

    void start(@Observes StartupEvent ignored) {
        published = metrics.counter("motcua.outbox.published");
        failedRounds = metrics.counter("motcua.outbox.failed.rounds");
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("outbox-relay").start(this::loop);
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10));
        }
        closeProducer(Duration.ofSeconds(5));
    }

    /** Publishes right after the current transaction commits instead of at the next poll. */
    void wakeUpAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(100);
        boolean failing = false;
        while (running) {
            try {
                int sent = publishBatch();
                if (failing) {
                    LOG.info("outbox relay publishing again");
                    failing = false;
                }
                backoff = Duration.ofMillis(100);
                if (sent < config.batchSize()) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failedRounds.increment();
                if (!failing) {
                    LOG.warnf("outbox relay cannot publish, rows are kept and retried: %s", e.toString());
                    failing = true;
                }
                closeProducer(Duration.ZERO);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /** One round: lock, read pending rows in order, send, wait for acks, mark what the broker took. */
    int publishBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c)) {
                    c.rollback();
                    return 0;
                }
                List<Row> rows = pending(c);
                List<Long> done = send(rows);
                markPublished(c, done);
                c.commit();
                published.increment(done.size());
                if (done.size() < rows.size()) {
                    throw new IllegalStateException("broker took " + done.size() + " of " + rows.size() + " events");
                }
                return done.size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Long> send(List<Row> rows) throws InterruptedException {
        if (rows.isEmpty()) {
            return List.of();
        }
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
            EventType type = EventType.fromType(row.type)
                    .orElseThrow(() -> new IllegalStateException("outbox holds unknown type " + row.type));
            CloudEventCodec.headers(row.eventId, type, row.occurredAt, row.subject, new ProvinceCode(row.tenant))
                    .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            try {
                acks.add(p.send(record));
            } catch (RuntimeException e) {
                break; // metadata unavailable: what was queued before may still be acknowledged
            }
        }
        List<Long> done = new ArrayList<>(acks.size());
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                done.add(rows.get(i).id);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                break; // keep order: nothing after the first unacknowledged row counts as published
            }
        }
        return done;
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            st.setLong(1, RELAY_LOCK);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Row> pending(Connection c) throws SQLException {
        String sql = "select id, event_id, topic, message_key, event_type, tenant, occurred_at, subject, payload"
                + " from outbox_message where published_at is null order by id limit ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setInt(1, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6),
                            rs.getObject(7, java.time.OffsetDateTime.class).toInstant(), rs.getString(8),
                            rs.getString(9)));
                }
            }
            return rows;
        }
    }

    private static void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(
                "update outbox_message set published_at = now() where id = any(?)")) {
            st.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            st.executeUpdate();
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.sendTimeout().toMillis());
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis() + 10);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    private synchronized void closeProducer(Duration timeout) {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private record Row(long id, UUID eventId, String topic, String key, String type, String tenant,
            java.time.Instant occurredAt, String subject, String payload) {
    }
}
