package vn.motcua.dossier.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.dossier.service.ProcedureReplicaService;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureVersionEvent;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Keeps the local replica of procedures: every published version and abolitions. Inbox, retries and dead letters: {@link EventHandler}.
 */
@ApplicationScoped
public class ProcedureReplicaConsumer {
    @Inject
    EventHandler events;

    @Inject
    ProcedureReplicaService replicas;

    @Incoming("catalog-procedures")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(record, event -> {
            switch (event.payload()) {
                case ProcedureVersionEvent version -> replicas.apply(version);
                case ProcedureAbolished abolished -> replicas.apply(abolished);
                default -> { }
            }
        });
    }
}
