package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The desk refused to accept the dossier (Phiếu từ chối tiếp nhận giải quyết hồ sơ, Decree 118/2025 Art. 17
 * cl. 1b): not within the agency's competence, or not admissible. A refusal after appraisal is a
 * {@link DossierResolved} with outcome REFUSED instead.
 */
public record DossierReceptionRefused(
        UUID dossierId,
        String agency,
        Instant refusedAt,
        String reason,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
