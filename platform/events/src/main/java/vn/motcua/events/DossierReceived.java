package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier was accepted (tiếp nhận hồ sơ) and given its appointed return date (ngày hẹn trả). Carries no
 * personal data of the applicant: consumers count, they do not need to know who.
 *
 * @param procedureVersion the version of the procedure in force on the reception day (added with issue 12)
 * @param caseVariant      the case (trường hợp) whose time limit gave {@code dueAt} (added with issue 12)
 * @param ruleSet          the one-stop rules of the reception day, kept for good (added with issue 13)
 */
public record DossierReceived(
        UUID dossierId,
        String dossierCode,
        String procedureCode,
        String agency,
        Channel channel,
        Instant receivedAt,
        Instant dueAt,
        @OptionalField Integer procedureVersion,
        @OptionalField String caseVariant,
        @OptionalField RuleSet ruleSet) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
