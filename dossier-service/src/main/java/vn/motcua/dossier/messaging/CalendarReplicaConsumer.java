package vn.motcua.dossier.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.dossier.service.CalendarReplicaService;
import vn.motcua.events.CalendarChanged;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Keeps the local replica of the provinces' working calendars, so deadlines are computed while the catalogue is
 * down. Inbox, retries and dead letters: {@link EventHandler}.
 */
@ApplicationScoped
public class CalendarReplicaConsumer {
    @Inject
    EventHandler events;

    @Inject
    CalendarReplicaService replicas;

    @Incoming("catalog-calendars")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(record, event -> {
            if (event.payload() instanceof CalendarChanged calendar) {
                replicas.apply(event, calendar);
            }
        });
    }
}
