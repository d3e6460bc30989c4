package vn.motcua.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.events.MalformedEventException;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.DossierFactService;

/**
 * Keeps the dossier facts. A malformed event goes to {@code dlq.reporting-service} (channel config); a
 * transient failure (database restarting, two instances inserting one dossier during a rebalance) is retried
 * before that.
 */
@ApplicationScoped
public class DossierEventsConsumer {
    public static final String CONSUMER = "reporting-service";

    @Inject
    EventHandler events;

    @Inject
    DossierFactService facts;

    @Incoming("dossier-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, abortOn = MalformedEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(CONSUMER, record, facts::apply);
    }
}
