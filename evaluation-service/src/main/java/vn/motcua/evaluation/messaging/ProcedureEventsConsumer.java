package vn.motcua.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.evaluation.service.EvaluationEvents;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Consumes the catalogue's procedure versions and abolitions (catalog.procedures.v1), for indicators 5, 6 and 9.
 * Inbox, tenant, retries and dead letters: {@link EventHandler}; the effect: {@link EvaluationEvents}.
 */
@ApplicationScoped
public class ProcedureEventsConsumer {
    public static final String CHANNEL = "catalog-procedures";

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
