package vn.motcua.dossier.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.dossier.service.ProcedureReplicaService;
import vn.motcua.events.MalformedEventException;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Keeps the local replica of published procedures. A malformed event goes to {@code dlq.dossier-service}
 * (channel config); a transient failure (database restarting) is retried before that.
 */
@ApplicationScoped
public class ProcedureReplicaConsumer {
    static final String CONSUMER = "dossier-service";

    @Inject
    EventHandler events;

    @Inject
    ProcedureReplicaService replicas;

    @Incoming("catalog-procedures")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, abortOn = MalformedEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(CONSUMER, record, event -> {
            if (event.payload() instanceof ProcedurePublished published) {
                replicas.apply(published);
            }
        });
    }
}
