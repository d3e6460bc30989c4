package vn.motcua.platform.rebuild;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.platform.problem.ProblemException;

/**
 * Throws a service's read model away and builds it again from the topics (the service's one
 * {@link RebuildableStore}), while the service stays up: its live consumers are paused, not stopped.
 *
 * <ol>
 * <li>pause the store's channels ({@code KafkaClientService}: the poll loop stops fetching, the group keeps its
 * partitions and its committed offsets);</li>
 * <li>take the end offset of every partition of the store's topics: the replay stops there, the live consumers
 * take over from there;</li>
 * <li>in one transaction, {@link RebuildableStore#clear()} and delete the consumer's inbox rows;</li>
 * <li>replay each topic from its first offset to those ends with a plain consumer ({@link TopicReader}: no group,
 * no commits) through {@link RebuildableStore#applyAll}, in batches of consecutive records of one topic (one by one
 * through {@link RebuildableStore#apply} unless the store batches), which writes the inbox rows again; the batches
 * are applied while the next records are read, on {@link RebuildableStore#lanes()} threads ({@link ReplayLanes});</li>
 * <li>{@link RebuildableStore#finish()} ({@link RebuildableStore#abandoned()} instead when the replay or the finish
 * failed), then resume the channels, also when something failed.</li>
 * </ol>
 * After the resume the live consumers read on from their committed offsets; whatever of that lies below the end
 * offsets was replayed already and the inbox skips it, so nothing is applied twice and nothing is lost.
 *
 * <p>Records the live consumer had fetched before the pause may still be applied during steps 2-4. That is safe
 * because an event and its inbox row are written in one transaction: one applied before the clear is cleared and
 * replayed, one applied after it is found in the inbox by the replay and skipped. The same holds for the other
 * replicas of a scaled-out service, whose consumers this pod does not pause: the events they apply meanwhile are
 * applied once; only their order relative to the replay differs, which a store must tolerate anyway (partitions
 * interleave).
 *
 * <p>A record that is not a readable event (the live consumer parked it in the dead-letter topic) is counted and
 * skipped. Any other failure ends the rebuild: the channels are resumed, the read model is left partly built and
 * the answer says why; running it again starts over. One rebuild at a time per instance: a second call while one
 * runs is refused with 409 {@code rebuild-running}.
 *
 * <p>{@link RebuildableStore#clear()} and {@link RebuildableStore#finish()} run as no province (a request context
 * of their own, no token): Hibernate's tenant filter then matches no row, so a store deletes with SQL across
 * provinces and recomputes province by province through {@code TenantRunner}; each record is applied as its
 * event's province by {@code EventHandler}, as live.
 *
 * <p>Right after, the same records are read once more by a raw consumer that does nothing with them: its rate is
 * the ceiling of what the store could reach, reported beside the rebuild's, which counts the replay and the
 * store's finish: the read model is whole only then (a store may build its indexes there).
 */
@ApplicationScoped
public class Rebuild {
    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final Duration CHANNEL_TIMEOUT = Duration.ofSeconds(30);
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    @Inject
    Instance<RebuildableStore> stores;

    @Inject
    KafkaClientService kafka;

    @Inject
    EntityManager em;

    /** The brokers the service's channels use (platform/commons' microprofile-config.properties). */
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private final AtomicBoolean running = new AtomicBoolean();

    /** True when the service has a read model to rebuild. */
    public boolean available() {
        return stores.isResolvable();
    }

    /**
     * Rebuilds the store and measures it; blocks until done (minutes on a big topic). Throws 409
     * {@code rebuild-running} while another rebuild runs, {@link IllegalStateException} when the service has no
     * store.
     */
    public RebuildReport run() {
        if (!available()) {
            throw new IllegalStateException(service + " has no read model to rebuild");
        }
        if (!running.compareAndSet(false, true)) {
            throw new ProblemException(409, "rebuild-running", "A rebuild is running",
                    "Đang dựng lại dữ liệu của " + service + "; chờ lần này xong rồi gọi lại.");
        }
        try {
            return rebuild(stores.get());
        } finally {
            running.set(false);
        }
    }

    private RebuildReport rebuild(RebuildableStore store) {
        LOG.infof("rebuild %s: pausing %s, replaying %s", service, store.channels(), store.topics());
        long started = System.nanoTime();
        List<KafkaConsumer<Object, Object>> paused = new ArrayList<>();
        Map<TopicPartition, Long> ends;
        Replayed replayed;
        Map<String, Long> changes;
        long finishNanos;
        try (TopicReader reader = new TopicReader(bootstrapServers, service + "-rebuild")) {
            pause(store.channels(), paused);
            ends = reader.endOffsets(store.topics());
            long total = reader.count(ends);
            inRequestContext(() -> QuarkusTransaction.requiringNew().run(() -> {
                store.clear();
                em.createNativeQuery("delete from inbox_message where consumer = ?1")
                        .setParameter(1, store.consumer())
                        .executeUpdate();
            }));
            LOG.infof("rebuild %s: read model and %s's inbox cleared; %d records to replay", service,
                    store.consumer(), total);
            long finishing;
            AtomicReference<Map<String, Long>> finished = new AtomicReference<>();
            try {
                replayed = replay(store, reader, ends, total);
                finishing = System.nanoTime();
                inRequestContext(() -> finished.set(store.finish()));
            } catch (RuntimeException e) {
                abandon(store, e);
                throw e;
            }
            changes = finished.get();
            finishNanos = System.nanoTime() - finishing;
            LOG.infof("rebuild %s: finished in %.1f s: %s", service, finishNanos / 1e9, changes);
        } finally {
            resume(paused);
        }
        RebuildReport.RawConsumer raw = rawRead(store.topics(), ends);
        // the read model is whole when the store has finished (an index built at the end is part of the work)
        RebuildReport report = RebuildReport.of(replayed.events, replayed.nanos + finishNanos, raw, changes,
                replayed.malformed);
        LOG.infof("rebuild %s done in %.1f s: replay and finish %d events in %.1f s = %.0f events/s; raw consumer %.0f"
                + " events/s; %d malformed skipped; %s", service, (System.nanoTime() - started) / 1e9,
                report.events(), report.seconds(), report.eventsPerSecond(), raw.eventsPerSecond(),
                report.malformed(), changes);
        return report;
    }

    /** After a replay or finish that failed: the store puts back what it needs (its own failure only logged). */
    private static void abandon(RebuildableStore store, RuntimeException failure) {
        try {
            inRequestContext(store::abandoned);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.error("rebuild: the store could not tidy up after the failure", e);
        }
    }

    /**
     * Runs {@code work} in a request context of its own (Hibernate's tenant resolver lives there), unless the caller
     * has one. The route calls {@link #run()} on a thread without one, so the clear, each replayed record (through
     * EventHandler's TenantRunner) and the finish each get a fresh context: a province one record was applied as
     * never leaks into the next step.
     */
    private static void inRequestContext(Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            work.run();
            return;
        }
        context.activate();
        try {
            work.run();
        } finally {
            context.terminate();
        }
    }

    private record Replayed(long events, long nanos, long malformed) {
    }

    private Replayed replay(RebuildableStore store, TopicReader reader, Map<TopicPartition, Long> ends, long total) {
        long start = System.nanoTime();
        long[] lastLog = {start};
        try (ReplayLanes lanes = new ReplayLanes(store, store.batchSize())) {
            for (String topic : store.topics()) {
                reader.read(topic, ends, record -> {
                    lanes.add(record);
                    long now = System.nanoTime();
                    if (now - lastLog[0] > PROGRESS_EVERY_NANOS) {
                        lastLog[0] = now;
                        LOG.infof("rebuild %s: %d of %d records (%s), %.0f events/s", service, lanes.done(), total,
                                topic, lanes.done() * 1e9 / (now - start));
                    }
                });
                // a topic's records are applied before the next topic's (reference data first)
                lanes.drain();
            }
            return new Replayed(lanes.done(), System.nanoTime() - start, lanes.malformed());
        }
    }

    /** The same records once more, counted and dropped: what reading alone costs. */
    private RebuildReport.RawConsumer rawRead(List<String> topics, Map<TopicPartition, Long> ends) {
        try (TopicReader reader = new TopicReader(bootstrapServers, service + "-rebuild-raw")) {
            AtomicLong bytes = new AtomicLong();
            long start = System.nanoTime();
            long events = 0;
            for (String topic : topics) {
                // the value's length is touched so the read is not optimised away
                events += reader.read(topic, ends, r -> bytes.addAndGet(r.value() == null ? 0 : r.value().length()));
            }
            return RebuildReport.RawConsumer.of(events, System.nanoTime() - start);
        }
    }

    private void pause(List<String> channels, List<KafkaConsumer<Object, Object>> paused) {
        for (String channel : channels) {
            List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers(channel);
            if (consumers.isEmpty()) {
                throw new IllegalStateException("no Kafka consumer on channel " + channel + "; known: "
                        + kafka.getConsumerChannels());
            }
            for (KafkaConsumer<Object, Object> consumer : consumers) {
                consumer.pause().await().atMost(CHANNEL_TIMEOUT);
                paused.add(consumer);
            }
        }
    }

    private void resume(List<KafkaConsumer<Object, Object>> paused) {
        for (KafkaConsumer<Object, Object> consumer : paused) {
            try {
                consumer.resume().await().atMost(CHANNEL_TIMEOUT);
            } catch (RuntimeException e) {
                LOG.errorf(e, "rebuild %s: a channel did not resume; restart the service", service);
            }
        }
        if (!paused.isEmpty()) {
            LOG.infof("rebuild %s: %d channel consumers resumed", service, paused.size());
        }
    }
}
