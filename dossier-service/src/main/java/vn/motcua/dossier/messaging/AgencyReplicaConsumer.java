package vn.motcua.dossier.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.dossier.service.AgencyReplicaService;
import vn.motcua.events.AgencyChanged;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Keeps the local replica of the provinces' agencies and units: hand-overs name units that exist, dossier codes
 * name their issuer's official code. Inbox, retries and dead letters: {@link EventHandler}.
 */
@ApplicationScoped
public class AgencyReplicaConsumer {
    @Inject
    EventHandler events;

    @Inject
    AgencyReplicaService replicas;

    @Incoming("catalog-organisation")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(record, event -> {
            if (event.payload() instanceof AgencyChanged agency) {
                replicas.apply(event, agency);
            }
        });
    }
}
