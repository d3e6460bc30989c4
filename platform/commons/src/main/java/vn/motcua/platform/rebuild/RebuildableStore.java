package vn.motcua.platform.rebuild;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.events.MalformedEventException;

/**
 * A read model a service can throw away and build again from the topics (issue 15: evaluation; issue 16: reporting).
 * The platform's rebuild (this package) pauses the listed channels, calls {@link #clear()}, deletes this consumer's
 * inbox rows, replays each topic from offset 0 to the end offsets taken at the start through {@link #apply}, calls
 * {@link #finish()} ({@link #abandoned()} if something failed) and resumes the channels, which then skip what the inbox already holds. A service has at most one
 * bean of this type.
 */
public interface RebuildableStore {
    /**
     * The consumer name whose inbox rows are cleared and rewritten: by default the service's name, the one
     * {@code EventHandler} gives its live consumers.
     */
    default String consumer() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** The topics to replay, in this order (reference data first: catalogue before dossiers). */
    List<String> topics();

    /** The {@code @Incoming} channels to pause while rebuilding. */
    List<String> channels();

    /** Deletes the read model, for every province, in one transaction. Not the service's own source records. */
    void clear();

    /** Applies one record exactly as the live consumer does (inbox, tenant, transaction: EventHandler). */
    void apply(ConsumerRecord<String, String> record);

    /**
     * Applies consecutive records of one topic (each partition's in offset order) with the same result as
     * {@link #apply} one by one, and says how many were not readable events (skipped, as {@link #apply}'s
     * {@link MalformedEventException}). The replay hands records over in batches so that a store may apply a batch
     * in fewer transactions (one per province: {@code EventHandler.handleAll}) instead of one per record; the
     * default applies them one by one.
     */
    default long applyAll(List<ConsumerRecord<String, String>> records) {
        long malformed = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                apply(record);
            } catch (MalformedEventException e) {
                // EventHandler logged it; the live consumer parked it in the dead-letter topic long ago
                malformed++;
            }
        }
        return malformed;
    }

    /**
     * Records handed to {@link #applyAll} at once, per lane (a store may apply them in one transaction): by default
     * 500. More means fewer transactions and round trips, and a longer transaction for a store whose session grows
     * with it.
     */
    default int batchSize() {
        return 500;
    }

    /**
     * How many batches of different partitions the replay may apply at once, each partition's records always in
     * order on the same lane, as the live consumers of two instances split the partitions. More than one only for a
     * store whose effects on different keys commute and whose transactions on different keys do not block each
     * other. By default one: batches are applied one after the other (still while the next records are read).
     */
    default int lanes() {
        return 1;
    }

    /**
     * After the replay: recompute what is derived (evaluations, scorecards) and say what changed, e.g.
     * {@code evaluationsChanged}, {@code scorecardsChanged}; reported beside the rates.
     */
    Map<String, Long> finish();

    /**
     * After a replay or a {@link #finish()} that failed, before the channels resume: put back what {@link #clear()}
     * took away that the live consumers and the readers need besides the rows (an index set aside for the replay).
     * The read model itself stays partly built until the next rebuild. By default nothing.
     */
    default void abandoned() {
    }
}
