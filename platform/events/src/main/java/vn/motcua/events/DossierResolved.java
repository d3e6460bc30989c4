package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/** A dossier was resolved (đã giải quyết) and classified against its appointed date. */
public record DossierResolved(
        UUID dossierId,
        String dossierCode,
        String procedureCode,
        String agency,
        Channel channel,
        Instant receivedAt,
        Instant dueAt,
        Instant resolvedAt,
        Timeliness timeliness) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
