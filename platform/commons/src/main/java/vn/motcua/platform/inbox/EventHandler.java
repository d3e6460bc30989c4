package vn.motcua.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.EventType;
import vn.motcua.events.MalformedEventException;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * The shape of every consumer: read the CloudEvent, then, as the event's province and in one transaction,
 * record it in the inbox and apply it, at most once. A transient failure (database restarting, two instances
 * inserting one row during a rebalance) is retried here; a malformed record is counted and rethrown at once.
 * What is still thrown reaches the channel's dead-letter strategy, which parks the record in
 * {@code dlq.<service>} so the next one is processed. Once the service is stopping, no record is applied nor failed
 * ({@link ConsumerShutdown}): it is held unacknowledged, for the group's next member.
 *
 * <p>So a consumer is an {@code @Incoming} {@code @Blocking} method (blocking keeps one partition's events in
 * order) that passes its record and its effect to {@link #handle(ConsumerRecord, Consumer)}; its channel
 * config names only the topic (platform/commons' microprofile-config.properties holds the rest).
 */
@ApplicationScoped
public class EventHandler {
    private static final Logger LOG = Logger.getLogger(EventHandler.class);

    @Inject
    Inbox inbox;

    @Inject
    TenantRunner tenants;

    @Inject
    MeterRegistry metrics;

    @Inject
    ConsumerShutdown shutdown;

    /** The service's consumer name: its inbox key, consumer group and dead-letter topic suffix. */
    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** Handles a record as the service's consumer (the usual case: one consumer per service). */
    public void handle(ConsumerRecord<String, String> record, Consumer<EventEnvelope> effect) {
        // a self-invocation that Quarkus intercepts, so the @Retry below applies
        handle(service, record, effect);
    }

    /**
     * Handles a record as the named consumer: the inbox remembers events per consumer, so two consumers of one
     * service (or one consumer and a replay tool) each apply an event once.
     */
    @Retry(maxRetries = 5, delay = 500, abortOn = MalformedEventException.class)
    public void handle(String consumer, ConsumerRecord<String, String> record, Consumer<EventEnvelope> effect) {
        shutdown.enter();
        try {
            Optional<EventEnvelope> read;
            try {
                read = read(consumer, record);
            } catch (MalformedEventException e) {
                metrics.counter("motcua.events.dead.lettered", "consumer", consumer).increment();
                LOG.warnf("malformed event on %s partition %d offset %d goes to the dead-letter topic: %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage());
                throw e;
            }
            if (read.isEmpty()) {
                return;
            }
            EventEnvelope event = read.get();
            tenants.inTransactionAs(event.tenant(), () -> applyOnce(consumer, event, effect));
            consumed(consumer, event);
        } finally {
            shutdown.exit();
        }
    }

    /** Handles consecutive records as the service's consumer (a rebuild's replay): {@link #handleAll(String, List,
     * Consumer)}. */
    public long handleAll(List<ConsumerRecord<String, String>> records, Consumer<EventEnvelope> effect) {
        return handleAll(service, records, effect);
    }

    /**
     * Handles consecutive records as the named consumer with the effect of {@link #handle} on each, in one
     * transaction per province instead of one per record (a rebuild's replay: {@code RebuildableStore#applyAll}).
     * Each province's events keep their order, so one aggregate's events (one key, one province) are applied in
     * the order given. A record that is not a readable event is counted, logged and skipped (the live consumer
     * parked it in the dead-letter topic); returns how many. A failed province transaction is rolled back whole and
     * the batch retried: what committed before is skipped by the inbox.
     */
    @Retry(maxRetries = 5, delay = 500)
    public long handleAll(String consumer, List<ConsumerRecord<String, String>> records,
            Consumer<EventEnvelope> effect) {
        return applyAll(consumer, records, effect).size();
    }

    /**
     * {@link #handleAll(List, Consumer)} for the live batch consumer ({@link BatchEventHandler}), which parks what
     * is not a readable event: returns those records, in their order.
     */
    @Retry(maxRetries = 5, delay = 500)
    List<ConsumerRecord<String, String>> handleBatch(List<ConsumerRecord<String, String>> records,
            Consumer<EventEnvelope> effect) {
        return applyAll(service, records, effect);
    }

    /** One transaction per province; the records that are not readable events, skipped here. */
    private List<ConsumerRecord<String, String>> applyAll(String consumer, List<ConsumerRecord<String, String>> records,
            Consumer<EventEnvelope> effect) {
        shutdown.enter();
        try {
            Map<ProvinceCode, List<EventEnvelope>> byProvince = new LinkedHashMap<>();
            List<ConsumerRecord<String, String>> unreadable = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                try {
                    read(consumer, record).ifPresent(event ->
                            byProvince.computeIfAbsent(event.tenant(), p -> new ArrayList<>()).add(event));
                } catch (MalformedEventException e) {
                    unreadable.add(record);
                }
            }
            byProvince.forEach((province, events) -> {
                tenants.inTransactionAs(province, () -> {
                    Set<UUID> fresh = inbox.firstDeliveries(consumer,
                            events.stream().map(EventEnvelope::id).toList());
                    for (EventEnvelope event : events) {
                        // remove: an event listed twice in the batch is applied once
                        if (fresh.remove(event.id())) {
                            effect.accept(event);
                        }
                    }
                });
                events.forEach(event -> consumed(consumer, event));
            });
            return unreadable;
        } finally {
            shutdown.exit();
        }
    }

    /**
     * The record as an event; empty for a type published after this consumer was built; throws
     * {@link MalformedEventException} for anything else that is not an event.
     */
    private Optional<EventEnvelope> read(String consumer, ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventCodec.H_TYPE);
        if (type != null && type.startsWith("vn.motcua.") && EventType.fromType(type).isEmpty()) {
            // a type published after this consumer was built: additive evolution, not an error
            metrics.counter("motcua.events.skipped", "consumer", consumer, "type", type).increment();
            return Optional.empty();
        }
        return Optional.of(CloudEventCodec.read(name -> header(record, name), record.value()));
    }

    private void applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        if (inbox.firstDelivery(consumer, event.id())) {
            effect.accept(event);
        }
    }

    private void consumed(String consumer, EventEnvelope event) {
        metrics.counter("motcua.events.consumed", "consumer", consumer, "type", event.type().type()).increment();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
