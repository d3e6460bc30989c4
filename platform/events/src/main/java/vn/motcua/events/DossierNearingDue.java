package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted dossier's appointed date is near (sắp đến hạn): the province's threshold of working time before
 * {@code dueAt} was crossed. Emitted once per dossier and appointed date by the overdue sweep.
 */
public record DossierNearingDue(
        UUID dossierId,
        String dossierCode,
        String agency,
        @OptionalField String unit,
        Instant dueAt,
        Instant detectedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
