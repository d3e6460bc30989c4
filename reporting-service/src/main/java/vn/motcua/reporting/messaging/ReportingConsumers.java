package vn.motcua.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.inbox.BatchEventHandler;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.reporting.service.FactProjection;

/**
 * The six topics the reports are kept from, one channel each (application.properties names the topics).
 * Inbox, tenant, retries and dead letters: {@link EventHandler}; the effect: {@link FactProjection}. The dossier
 * channel has its own method because it is consumed in batches ({@link BatchEventHandler}) and tells
 * {@link DossierConsumerLag} how far it got (the freshness of the reports); the five others, quiet topics, share
 * one that takes a record at a time.
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
    BatchEventHandler batches;

    @Inject
    FactProjection facts;

    @Inject
    DossierConsumerLag lag;

    /**
     * The lifecycles' events, a poll's records at a time (the channel's {@code batch=true}): one transaction per
     * province per batch keeps the reports within a fraction of a second of the desks under load. Poison records are
     * parked by {@link BatchEventHandler}, never by nacking the batch.
     */
    @Incoming(DOSSIERS)
    @Blocking
    public void dossiers(ConsumerRecords<String, String> records) {
        batches.handle(records, facts::apply);
        // applied, skipped or parked in the dead-letter topic: the consumer is past every record of the batch
        for (TopicPartition partition : records.partitions()) {
            lag.passed(records.records(partition).getLast());
        }
    }

    /** The reference data and evaluation's events: one method, since their handling is the same. */
    @Incoming(PROCEDURES)
    @Incoming(ORGANISATION)
    @Incoming(CALENDARS)
    @Incoming(EVALUATIONS)
    @Incoming(SCORECARDS)
    @Blocking
    public void others(ConsumerRecord<String, String> record) {
        events.handle(record, facts::apply);
    }
}
