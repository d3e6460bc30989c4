package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An unresolved dossier passed its appointed date (quá hạn). Emitted once per dossier and appointed date by the
 * overdue sweep; an apology's new date, once passed, gives another.
 */
public record DossierOverdue(
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
