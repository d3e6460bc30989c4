package vn.motcua.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.FactProjection;

/**
 * The six topics the reports are kept from, one channel each (application.properties names the topics).
 * Inbox, tenant, retries and dead letters: {@link EventHandler}; the effect: {@link FactProjection}. The dossier
 * channel also tells {@link DossierConsumerLag} how far it got.
 */
@ApplicationScoped
public class ReportingConsumers {
    public static final String DOSSIERS = "dossier-events";
    public static final String PROCEDURES = "catalog-procedures";
    public static final String ORGANISATION = "catalog-organisation";
    public static final String CALENDARS = "catalog-calendars";
    public static final String EVALUATIONS = "evaluation-events";
    public static final String SCORECARDS = "evaluation-scorecards";
    /** Every channel, the reference data first. */
    public static final List<String> CHANNELS = List.of(PROCEDURES, ORGANISATION, CALENDARS, DOSSIERS, EVALUATIONS,
            SCORECARDS);

    @Inject
    EventHandler events;

    @Inject
    FactProjection facts;

    @Inject
    DossierConsumerLag lag;

    @Incoming(DOSSIERS)
    @Blocking
    public void dossiers(ConsumerRecord<String, String> record) {
        try {
            events.handle(record, facts::apply);
        } finally {
            // a record that fails here goes to the dead-letter topic: the consumer is past it either way
            lag.passed(record);
        }
    }

    @Incoming(PROCEDURES)
    @Blocking
    public void procedures(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }

    @Incoming(ORGANISATION)
    @Blocking
    public void organisation(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }

    @Incoming(CALENDARS)
    @Blocking
    public void calendars(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }

    @Incoming(EVALUATIONS)
    @Blocking
    public void evaluations(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }

    @Incoming(SCORECARDS)
    @Blocking
    public void scorecards(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }
}
