package vn.motcua.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.DossierFactService;

/** Keeps the dossier facts. Inbox, retries and dead letters: {@link EventHandler}. */
@ApplicationScoped
public class DossierEventsConsumer {
    @Inject
    EventHandler events;

    @Inject
    DossierFactService facts;

    @Incoming("dossier-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }
}
