package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A requested supplement did not come within 15 days (or the procedure's own limit) and the one-stop closed the
 * dossier (Decree 118/2025 Art. 19 cl. 5).
 *
 * @param dossierCode null when it was closed before acceptance (papers asked at reception never came)
 */
public record DossierClosed(
        UUID dossierId,
        @OptionalField String dossierCode,
        String agency,
        Instant closedAt,
        Instant requestedAt,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
