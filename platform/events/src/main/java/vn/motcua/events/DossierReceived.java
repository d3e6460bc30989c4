package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier was accepted (tiếp nhận hồ sơ) and given its appointed return date (ngày hẹn trả). Carries no
 * personal data of the applicant: consumers count, they do not need to know who.
 */
public record DossierReceived(
        UUID dossierId,
        String dossierCode,
        String procedureCode,
        String agency,
        Channel channel,
        Instant receivedAt,
        Instant dueAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
