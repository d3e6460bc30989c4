package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant stopped the procedure (dừng giải quyết) before the decision (Decree 118/2025 Art. 21).
 *
 * @param dossierCode null when it was withdrawn before acceptance
 */
public record DossierWithdrawn(
        UUID dossierId,
        @OptionalField String dossierCode,
        String agency,
        Instant withdrawnAt,
        String reason,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
