package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * During appraisal, the agency asked for a supplement (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). Allowed within
 * 3 working days of reception and once (Decree 118/2025 Art. 19 cl. 5, Art. 16 cl. 3); the time limit restarts
 * from zero when the complete dossier comes back ({@link DossierSupplemented}).
 *
 * @param requestNumber 1 for the first; the lifecycle refuses a second, an import may carry one (Decision 766
 *                      counts such a dossier late)
 * @param withinWindow  whether it was asked within the 3 working days
 * @param dueBefore     the appointed date the request suspends
 */
public record DossierSupplementRequested(
        UUID dossierId,
        String dossierCode,
        String agency,
        Integer requestNumber,
        Instant requestedAt,
        String reason,
        Boolean withinWindow,
        Instant dueBefore,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
