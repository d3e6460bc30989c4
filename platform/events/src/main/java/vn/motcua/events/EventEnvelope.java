package vn.motcua.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event with its CloudEvents 1.0 context attributes. {@code tenant} is an extension attribute: the
 * province code the event belongs to. Consumers take the tenant from here and from nowhere else.
 */
public record EventEnvelope(
        UUID id,
        EventType type,
        Instant time,
        String subject,
        ProvinceCode tenant,
        DomainEvent payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(payload, "payload");
        if (type.payloadType() != payload.getClass()) {
            throw new IllegalArgumentException(type + " does not carry " + payload.getClass().getSimpleName());
        }
    }

    /** A new event with a fresh id; the subject is the aggregate id. */
    public static EventEnvelope of(DomainEvent payload, ProvinceCode tenant, Instant time) {
        return new EventEnvelope(UUID.randomUUID(), EventType.of(payload), time, payload.aggregateId(), tenant,
                payload);
    }

    public String key() {
        return payload.aggregateId();
    }

    public String source() {
        return type.source();
    }
}
