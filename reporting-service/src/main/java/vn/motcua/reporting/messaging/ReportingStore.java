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
 * transaction per province ({@link EventHandler#handleAll}), which is what makes the replay fast; nothing is derived
 * afterwards, so {@link #finish()} only counts the rows.
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
        return events.handleAll(records, facts::apply);
    }

    @Override
    public Map<String, Long> finish() {
        return Map.of("dossierFacts", reset.dossierFacts());
    }
}
