package vn.motcua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.MalformedEventException;

/**
 * The live consumer of a busy topic, a poll's records at a time: one transaction per province for the whole batch
 * ({@link EventHandler#handleAll}) instead of one per record, so one WAL flush per batch and the consumer keeps up
 * with the lifecycles (the reports' freshness). What the record-at-a-time path guarantees still holds:
 * <ul>
 * <li>each event is applied once: the inbox, in the transaction that applies it, makes a redelivery (a batch
 * delivered twice, a fallback after a partly committed batch) a no-op;</li>
 * <li>a transient failure (database restarting, a rebalance race) is retried, {@code handleAll}'s retry;</li>
 * <li>only a poison record reaches {@code dlq.<service>}: a record the codec cannot read is handled on its own by
 * {@link EventHandler#handle} (an event type published after this consumer was built is skipped, a malformed record
 * parked), and when the batch still fails after its retries, its records are handled one at a time so the one that
 * fails is parked and the others applied. Nacking the batch instead would park every record of it.</li>
 * </ul>
 * The channel's offsets are committed after this returns (the batch's acknowledgement), so a crash before replays
 * the batch, which the inbox absorbs.
 */
@ApplicationScoped
public class BatchEventHandler {
    private static final Logger LOG = Logger.getLogger(BatchEventHandler.class);

    @Inject
    EventHandler events;

    @Inject
    DeadLetters deadLetters;

    /** Handles a batch of records as the service's consumer, in their order per partition. */
    public void handle(Iterable<ConsumerRecord<String, String>> records, Consumer<EventEnvelope> effect) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<ConsumerRecord<String, String>> unreadable = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            (readable(record) ? readable : unreadable).add(record);
        }
        if (!readable.isEmpty()) {
            try {
                events.handleAll(readable, effect);
            } catch (RuntimeException e) {
                LOG.warnf("a batch of %d events failed after its retries, handling it one event at a time: %s",
                        readable.size(), e.toString());
                readable.forEach(record -> handleAlone(record, effect));
            }
        }
        // skipped or parked: unreadable records change no state, so their place after the batch is no reordering
        unreadable.forEach(record -> handleAlone(record, effect));
    }

    /** The record-at-a-time path: applied (or skipped) once, or parked in the dead-letter topic. */
    private void handleAlone(ConsumerRecord<String, String> record, Consumer<EventEnvelope> effect) {
        try {
            events.handle(record, effect);
        } catch (RuntimeException e) {
            LOG.warnf("event on %s partition %d offset %d goes to the dead-letter topic: %s", record.topic(),
                    record.partition(), record.offset(), e.toString());
            deadLetters.park(record, e);
        }
    }

    /** Whether the codec reads it; what an unreadable record means is {@link EventHandler#handle}'s to say. */
    private static boolean readable(ConsumerRecord<String, String> record) {
        try {
            CloudEventCodec.read(name -> header(record, name), record.value());
            return true;
        } catch (MalformedEventException e) {
            return false;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
