package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier was accepted as complete and valid (tiếp nhận hồ sơ; the time limit starts: Decree 118/2025
 * Art. 17 cl. 3) and given its appointed return date (ngày hẹn trả). Carries no
 * personal data of the applicant: consumers count, they do not need to know who.
 *
 * @param procedureVersion the version of the procedure in force on the reception day (added with issue 12)
 * @param caseVariant      the case (trường hợp) whose time limit gave {@code dueAt} (added with issue 12)
 * @param ruleSet          the one-stop rules of the reception day, kept for good (added with issue 13)
 * @param submittedAt      when the system received it, before an officer accepted it; equal to {@code receivedAt}
 *                         at the desk (added with issue 13)
 * @param imported         true when it came from a province's previous system (added with issue 13)
 * @param acceptedBy       the reception officer who accepted it (the actor the platform records); null for an
 *                         imported dossier, whose old system's officers are unknown (added with issue 15: officer
 *                         scorecards count the dossiers an officer handled, Circular 01/2018/TT-VPCP Art. 15)
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
        @OptionalField RuleSet ruleSet,
        @OptionalField Instant submittedAt,
        @OptionalField Boolean imported,
        @OptionalField String acceptedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
