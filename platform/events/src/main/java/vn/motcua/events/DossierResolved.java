package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier was resolved (đã giải quyết) and classified against its appointed date.
 *
 * <p>Added with issue 13 (optional, absent in older events): {@code outcome} (a refusal after appraisal is a
 * result too, Decree 118/2025 Art. 19 cl. 3); {@code originalDueAt}, the date of the receipt before any restart
 * or apology; the supplement facts (how many requests, the time they took in total, for the Decision 766 view
 * that subtracts it); {@code extended} (an apology set {@code dueAt}); the result's reference, whether it is
 * electronic and digitised (số hóa); the unit and officer who resolved it; the rule set and version.
 */
public record DossierResolved(
        UUID dossierId,
        String dossierCode,
        String procedureCode,
        String agency,
        Channel channel,
        Instant receivedAt,
        Instant dueAt,
        Instant resolvedAt,
        Timeliness timeliness,
        @OptionalField Outcome outcome,
        @OptionalField String reason,
        @OptionalField Instant originalDueAt,
        @OptionalField Integer supplementRequests,
        @OptionalField Long supplementSeconds,
        @OptionalField Boolean extended,
        @OptionalField String resultReference,
        @OptionalField Boolean electronicResult,
        @OptionalField Boolean resultDigitised,
        @OptionalField String unit,
        @OptionalField String officer,
        @OptionalField RuleSet ruleSet,
        @OptionalField Integer procedureVersion,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
