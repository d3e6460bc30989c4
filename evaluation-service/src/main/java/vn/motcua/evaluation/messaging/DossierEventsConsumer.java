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
 * Inbox, tenant, retries and dead letters: {@link BatchEventHandler}; the effect: {@link EvaluationEvents}.
 */
@ApplicationScoped
public class DossierEventsConsumer {
    public static final String CHANNEL = "dossier-events";

    @Inject
    BatchEventHandler batches;

    @Inject
    EvaluationEvents evaluation;

    /** A poll's records at a time (the channel's {@code batch=true}): one transaction per province per batch. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, evaluation::apply);
    }
}
