package vn.motcua.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.evaluation.service.EvaluationService;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.MalformedEventException;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Scores each resolved dossier; other dossier events are recorded in the inbox and otherwise ignored. A
 * malformed event goes to {@code dlq.evaluation-service} (channel config); a transient failure (database
 * restarting) is retried before that.
 */
@ApplicationScoped
public class DossierEventsConsumer {
    static final String CONSUMER = "evaluation-service";

    @Inject
    EventHandler events;

    @Inject
    EvaluationService evaluations;

    @Incoming("dossier-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, abortOn = MalformedEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(CONSUMER, record, event -> {
            if (event.payload() instanceof DossierResolved resolved) {
                evaluations.scoreResolution(resolved);
            }
        });
    }
}
