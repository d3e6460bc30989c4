package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fee or charge (phí, lệ phí) was paid for the dossier: at the desk, by transfer or online through the portal's
 * payment function (Decree 118/2025 Art. 24). Reports count payments made online.
 *
 * @param amount in đồng
 * @param method CASH, BANK_TRANSFER, ONLINE_PORTAL, ... (text: methods may be added)
 */
public record DossierPaymentRecorded(
        UUID dossierId,
        @OptionalField String dossierCode,
        String agency,
        Long amount,
        String method,
        Boolean online,
        String receiptReference,
        Instant paidAt,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
