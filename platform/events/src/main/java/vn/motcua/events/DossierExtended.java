package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier that would be late got an apology and a new appointed date (Phiếu xin lỗi và hẹn lại ngày trả kết
 * quả): at least one day before the due date, once (Decree 118/2025 Art. 19 cl. 6, Art. 12 cl. 5; Decree 61/2018
 * Art. 19 cl. 9).
 *
 * @param signedBy who signed the apology letter
 */
public record DossierExtended(
        UUID dossierId,
        String dossierCode,
        String agency,
        Instant extendedAt,
        String reason,
        String signedBy,
        Instant dueBefore,
        Instant dueAfter,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
