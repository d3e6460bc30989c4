package vn.motcua.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.evaluation.service.EvaluationEvents;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Consumes dossier-service's events (dossier.events.v1): the lifecycle of every dossier, the facts evaluated.
 * Inbox, tenant, retries and dead letters: {@link EventHandler}; the effect: {@link EvaluationEvents}.
 */
@ApplicationScoped
public class DossierEventsConsumer {
    public static final String CHANNEL = "dossier-events";

    @Inject
    EventHandler events;

    @Inject
    EvaluationEvents evaluation;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(record, evaluation::apply);
    }
}
