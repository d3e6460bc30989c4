package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The complete dossier came back after a supplement request: the time limit restarts from zero ("thời hạn giải
 * quyết được tính lại từ đầu sau khi nhận đủ hồ sơ", Decree 118/2025 Art. 19 cl. 5). Both instants are kept so
 * that the Decision 766 view (supplement time subtracted) can be computed too.
 */
public record DossierSupplemented(
        UUID dossierId,
        String dossierCode,
        String agency,
        Integer requestNumber,
        Instant requestedAt,
        Instant completedAt,
        Instant dueBefore,
        Instant dueAfter,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
