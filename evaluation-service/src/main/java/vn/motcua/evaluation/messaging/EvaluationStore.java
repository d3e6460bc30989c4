package vn.motcua.evaluation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.motcua.evaluation.service.EvaluationEvents;
import vn.motcua.evaluation.service.ProjectionReset;
import vn.motcua.events.Topics;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.rebuild.RebuildableStore;

/**
 * Evaluation's read model as the platform's rebuild sees it: the catalogue first, then the dossiers, through the
 * same inbox and handler as the live consumers (projecting only), then every evaluation and scorecard recomputed
 * once at the end.
 */
@ApplicationScoped
public class EvaluationStore implements RebuildableStore {
    @Inject
    EventHandler events;

    @Inject
    EvaluationEvents evaluation;

    @Inject
    ProjectionReset reset;

    @Override
    public List<String> topics() {
        return List.of(Topics.CATALOG_PROCEDURES, Topics.CATALOG_CALENDARS, Topics.DOSSIER_EVENTS);
    }

    @Override
    public List<String> channels() {
        return List.of(ProcedureEventsConsumer.CHANNEL, CalendarEventsConsumer.CHANNEL, DossierEventsConsumer.CHANNEL);
    }

    @Override
    public void clear() {
        evaluation.pauseEvaluating();
        reset.clear();
    }

    @Override
    public void apply(ConsumerRecord<String, String> record) {
        events.handle(record, evaluation::project);
    }

    /**
     * A batch of the replay in one transaction per province ({@link EventHandler#handleAll}) instead of one per
     * record: projecting only, so an event reads and writes the rows of its own dossier or procedure, which
     * Hibernate's session keeps between the events of one transaction.
     */
    @Override
    public long applyAll(List<ConsumerRecord<String, String>> records) {
        return events.handleAll(records, evaluation::project);
    }

    @Override
    public Map<String, Long> finish() {
        ProjectionReset.Recomputed r = reset.recomputeAll();
        evaluation.resumeEvaluating();
        return Map.of("evaluationsChanged", r.evaluationsChanged(), "scorecardsChanged", r.scorecardsChanged());
    }
}
