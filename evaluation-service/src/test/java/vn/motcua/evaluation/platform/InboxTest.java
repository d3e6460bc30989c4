package vn.motcua.evaluation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.evaluation.platform.Records.received;
import static vn.motcua.evaluation.platform.Records.record;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.MalformedEventException;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.tenant.TenantContext;

/**
 * platform/commons' inbox (EventHandler + Inbox) on the real database, against an effect that is NOT
 * idempotent: a counter incremented per application. The services' own effects happen to absorb a
 * redelivery (an upsert, a "scored already" guard), so only an effect like this one shows the inbox working.
 */
@QuarkusTest
class InboxTest {
    @Inject
    EventHandler events;

    @Inject
    TenantContext tenant;

    @Test
    void aRedeliveredEventIncrementsTheCounterOnce() {
        AtomicInteger counter = new AtomicInteger();
        ConsumerRecord<String, String> delivery = record(received("20"));

        events.handle("inbox-test", delivery, e -> counter.incrementAndGet());
        events.handle("inbox-test", delivery, e -> counter.incrementAndGet());
        events.handle("inbox-test", delivery, e -> counter.incrementAndGet());

        assertThat(counter).hasValue(1);
    }

    @Test
    void eachConsumerAppliesAnEventOnce() {
        AtomicInteger counter = new AtomicInteger();
        ConsumerRecord<String, String> delivery = record(received("20"));

        events.handle("inbox-test-a", delivery, e -> counter.incrementAndGet());
        events.handle("inbox-test-b", delivery, e -> counter.incrementAndGet());
        events.handle("inbox-test-a", delivery, e -> counter.incrementAndGet());

        assertThat(counter).hasValue(2);
    }

    @Test
    void anEffectThatFailedLeavesNoInboxRowSoTheRetryAppliesIt() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ConsumerRecord<String, String> delivery = record(received("20"));

        // the service's consumer path: retried in EventHandler before the channel would dead-letter it
        events.handle(delivery, e -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database restarting");
            }
            counter.incrementAndGet();
        });
        events.handle(delivery, e -> counter.incrementAndGet());

        assertThat(attempts).hasValue(2);
        assertThat(counter).hasValue(1);
    }

    @Test
    void theEffectRunsAsTheEventsProvince() {
        AtomicReference<ProvinceCode> seen = new AtomicReference<>();
        events.handle("inbox-test", record(received("04")), e -> seen.set(tenant.require()));
        assertThat(seen).hasValue(new ProvinceCode("04"));
    }

    @Test
    void aMalformedRecordIsRefusedWithoutApplyingAnything() {
        AtomicInteger counter = new AtomicInteger();
        ConsumerRecord<String, String> good = record(received("20"));
        ConsumerRecord<String, String> broken = new ConsumerRecord<>(good.topic(), 0, 1L, good.key(), "{\"dossierId\": ");
        good.headers().forEach(h -> broken.headers().add(h.key(), h.value()));

        assertThatThrownBy(() -> events.handle("inbox-test", broken, e -> counter.incrementAndGet()))
                .isInstanceOf(MalformedEventException.class);
        // its id was not remembered: the well-formed event of the same id is still applied
        events.handle("inbox-test", good, e -> counter.incrementAndGet());
        assertThat(counter).hasValue(1);
    }
}
