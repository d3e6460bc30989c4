package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The result was handed to the applicant (trả kết quả): at the desk, by post or online (Decree 118/2025 Art. 22).
 */
public record DossierReturned(
        UUID dossierId,
        String dossierCode,
        String agency,
        Instant returnedAt,
        ReturnMethod method,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
