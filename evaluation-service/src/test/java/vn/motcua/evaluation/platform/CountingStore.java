package vn.motcua.evaluation.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.rebuild.RebuildableStore;

/**
 * A read model small enough to check by hand, for platform/commons' rebuild: events counted by province and type
 * in one table, fed live by a channel of its own (its own topics, consumer group and inbox name, so it neither
 * takes partitions from evaluation-service's consumer nor shares its inbox rows). An {@code @Alternative} that only
 * {@link RebuildTest}'s profile enables: the other tests run without it, and with the service's real store, once
 * it exists, this one is the one injected there.
 *
 * <p>Two hooks let a test see the rebuild from inside: {@link #holdNextRecord()} stops the next applied record until
 * released (a rebuild that is certainly still running), {@link #failOn(String)} makes the replay of one key fail.
 */
@Alternative
@ApplicationScoped
public class CountingStore implements RebuildableStore {
    static final String CONSUMER = "rebuild-test";
    static final String CHANNEL = "rebuild-test";
    /** Reference data first, as a real store lists its catalogue before its dossiers. */
    static final String REFERENCE_TOPIC = "rebuild-test.reference.v1";
    static final String EVENTS_TOPIC = "rebuild-test.events.v1";

    @Inject
    EventHandler events;

    @Inject
    EntityManager em;

    private final AtomicReference<Hold> hold = new AtomicReference<>();
    private volatile String failingKey;

    /** A held record: {@code entered} opens when it waits, {@code release} lets it go on. */
    record Hold(CountDownLatch entered, CountDownLatch release) {
    }

    @ActivateRequestContext
    void createTable(@Observes StartupEvent started) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                create table if not exists rebuild_test_count (
                    province   char(2)      not null,
                    event_type varchar(160) not null,
                    events     bigint       not null,
                    primary key (province, event_type))""").executeUpdate());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public List<String> topics() {
        return List.of(REFERENCE_TOPIC, EVENTS_TOPIC);
    }

    @Override
    public List<String> channels() {
        return List.of(CHANNEL);
    }

    @Override
    public void clear() {
        em.createNativeQuery("delete from rebuild_test_count").executeUpdate();
    }

    @Override
    public void apply(ConsumerRecord<String, String> record) {
        Hold held = hold.getAndSet(null);
        if (held != null) {
            held.entered().countDown();
            await(held.release());
        }
        if (record.key() != null && record.key().equals(failingKey)) {
            throw new IllegalStateException("the test refuses the record " + record.key());
        }
        events.handle(CONSUMER, record, event -> em.createNativeQuery("""
                        insert into rebuild_test_count (province, event_type, events) values (?1, ?2, 1)
                        on conflict (province, event_type) do update set events = rebuild_test_count.events + 1""")
                .setParameter(1, event.tenant().value())
                .setParameter(2, event.type().type())
                .executeUpdate());
    }

    @Override
    public Map<String, Long> finish() {
        Number rows = (Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from rebuild_test_count").getSingleResult());
        return Map.of("countersRebuilt", rows.longValue());
    }

    /** The counts of one province, by event type. */
    @ActivateRequestContext
    Map<String, Long> counts(String province) {
        Map<String, Long> counts = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select event_type, events from rebuild_test_count where province = ?1")
                    .setParameter(1, province).getResultList();
            rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        });
        return counts;
    }

    /** Overwrites a province's counts, as a damaged read model would hold them. */
    @ActivateRequestContext
    void damage(String province) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update rebuild_test_count set events = 999 where province = ?1")
                .setParameter(1, province).executeUpdate());
    }

    /** The next record applied waits until the hold's {@code release} is opened. */
    Hold holdNextRecord() {
        Hold h = new Hold(new CountDownLatch(1), new CountDownLatch(1));
        hold.set(h);
        return h;
    }

    /** Makes the record with this key fail when applied; {@code null} lifts it. */
    void failOn(String key) {
        failingKey = key;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held record");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
