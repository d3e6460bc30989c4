package vn.motcua.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.motcua.events.Topics;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.rebuild.RebuildableStore;
import vn.motcua.reporting.service.FactProjection;
import vn.motcua.reporting.service.ReadModelReset;

/**
 * The reports' read models as the platform's rebuild sees them ({@code POST /q/rebuild},
 * {@code ./mot-cua rebuild reporting}): every table kept from events is emptied, then the six topics are replayed,
 * the catalogue first, through the live consumers' inbox and effect. A batch of records is applied in one
 * transaction per province ({@link EventHandler#handleAll}), which is what makes the replay fast, with the secondary
 * indexes set aside and commits that do not wait for the disk ({@link ReadModelReset}: the trade-offs);
 * {@link #finish()} builds the indexes and counts the rows.
 */
@ApplicationScoped
public class ReportingStore implements RebuildableStore {
    @Inject
    EventHandler events;

    @Inject
    FactProjection facts;

    @Inject
    ReadModelReset reset;

    @Override
    public List<String> topics() {
        return List.of(Topics.CATALOG_PROCEDURES, Topics.CATALOG_ORGANISATION, Topics.CATALOG_CALENDARS,
                Topics.DOSSIER_EVENTS, Topics.EVALUATION_EVENTS, Topics.EVALUATION_SCORECARDS);
    }

    @Override
    public List<String> channels() {
        return ReportingConsumers.CHANNELS;
    }

    /**
     * Two partitions' batches at once: each event changes only its own dossier's rows (or its procedure's, its
     * agency's, its scorecard's: the key of its partition), and the catalogue, which the dossiers read, is replayed
     * before them. One lane's transaction is prepared while the other's waits for PostgreSQL.
     */
    @Override
    public int lanes() {
        return 2;
    }

    /**
     * 2,000 records per transaction: plain JDBC batches, no session that grows with the transaction, and a dossier's
     * events more often in one batch, where its latest due row is written once.
     */
    @Override
    public int batchSize() {
        return 2_000;
    }

    @Override
    public void clear() {
        reset.clear();
    }

    @Override
    public void apply(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }

    @Override
    public long applyAll(List<ConsumerRecord<String, String>> records) {
        return events.handleAll(records, event -> {
            reset.replaying();
            facts.apply(event);
        });
    }

    @Override
    public Map<String, Long> finish() {
        return Map.of("dossierFacts", reset.finish());
    }

    @Override
    public void abandoned() {
        reset.abandoned();
    }
}
