package vn.motcua.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.evaluation.service.EvaluationEvents;
import vn.motcua.platform.inbox.BatchEventHandler;

/**
 * Consumes dossier-service's events (dossier.events.v1): the lifecycle of every dossier, the facts evaluated.
 * A poll's records at a time (the channel's {@code batch=true}, at most 100), in one transaction per province
 * ({@link BatchEventHandler}: inbox, tenant, a poison record parked alone in the dead-letter topic); the effect:
 * {@link EvaluationEvents}. One record per transaction kept evaluation-service behind the desks under load, its
 * catch-up taking the cores the desks needed.
 */
@ApplicationScoped
public class DossierEventsConsumer {
    public static final String CHANNEL = "dossier-events";

    @Inject
    EvaluationEvents evaluation;

    @Inject
    BatchEventHandler batches;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, evaluation::apply);
    }
}
