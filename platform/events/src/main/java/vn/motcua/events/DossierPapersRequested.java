package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Before acceptance, the desk asked for missing papers with a Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Decree
 * 118/2025 Art. 17 cl. 1a, cl. 2; Decree 61/2018 Art. 17 cl. 1). The time limit has not started, so nothing is
 * restarted (domain.md §3: "a supplement at reception does not touch the clock").
 */
public record DossierPapersRequested(
        UUID dossierId,
        String agency,
        Instant requestedAt,
        String reason,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
