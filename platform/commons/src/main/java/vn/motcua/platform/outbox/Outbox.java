package vn.motcua.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.EventEnvelope;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Records an event in the same transaction as the state change it announces: if that transaction rolls
 * back, the event never existed. {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    TenantContext tenant;

    @Inject
    OutboxRelay relay;

    @Inject
    Clock clock;

    /** Adds the event for the current province; must join the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope add(DomainEvent payload) {
        EventEnvelope event = EventEnvelope.of(payload, tenant.require(), clock.instant());
        OutboxMessage m = new OutboxMessage();
        m.eventId = event.id();
        m.topic = event.type().topic();
        m.messageKey = event.key();
        m.eventType = event.type().type();
        m.tenant = event.tenant().value();
        m.occurredAt = event.time();
        m.subject = event.subject();
        m.payload = CloudEventCodec.payloadJson(payload);
        m.persist();
        relay.wakeUpAfterCommit();
        return event;
    }
}
