package vn.motcua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.motcua.events.EventEnvelope;

/**
 * The live consumer of a busy topic, a poll's records at a time: one transaction per province for the whole batch
 * ({@link EventHandler#handleAll}) instead of one per record, so one WAL flush per batch and the consumer keeps up
 * with the lifecycles (the reports' freshness). What the record-at-a-time path guarantees still holds:
 * <ul>
 * <li>each event is applied once: the inbox, in the transaction that applies it, makes a redelivery (a batch
 * delivered twice, a fallback after a partly committed batch) a no-op;</li>
 * <li>a transient failure (database restarting, a rebalance race) is retried, {@code handleAll}'s retry;</li>
 * <li>only a poison record reaches {@code dlq.<service>}: a record that is not a readable event, which the batch
 * skips and returns ({@link EventHandler#handleBatch}), is handled on its own by {@link EventHandler#handle}, which
 * fails it into the dead-letter topic; and when the batch still fails after its retries, its records are handled one at a time so the one that
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
    public void handle(Iterable<ConsumerRecord<String, String>> batch, Consumer<EventEnvelope> effect) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        batch.forEach(records::add);
        List<ConsumerRecord<String, String>> unreadable;
        try {
            unreadable = events.handleBatch(records, effect);
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d records failed after its retries, handling it one record at a time: %s",
                    records.size(), e.toString());
            records.forEach(record -> handleAlone(record, effect));
            return;
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
}
