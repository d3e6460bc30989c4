package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The papers the desk asked for before acceptance arrived (Decree 118/2025 Art. 17 cl. 1a): the dossier waits for
 * acceptance again. Reports count how often an applicant had to come back (Circular 01/2018 Art. 13, indicator 3).
 */
public record DossierPapersAdded(
        UUID dossierId,
        String agency,
        Instant addedAt,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
