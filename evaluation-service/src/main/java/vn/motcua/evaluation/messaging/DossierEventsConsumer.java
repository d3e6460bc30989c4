package vn.motcua.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.evaluation.service.EvaluationService;
import vn.motcua.events.DossierResolved;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Scores each resolved dossier; other dossier events are recorded in the inbox and otherwise ignored. Inbox,
 * retries and dead letters: {@link EventHandler}.
 */
@ApplicationScoped
public class DossierEventsConsumer {
    @Inject
    EventHandler events;

    @Inject
    EvaluationService evaluations;

    @Incoming("dossier-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(record, event -> {
            if (event.payload() instanceof DossierResolved resolved) {
                evaluations.scoreResolution(resolved);
            }
        });
    }
}
