package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier was submitted online or arrived by post and the system acknowledged it (tiếp nhận trên hệ thống). It
 * is not accepted yet: an officer accepts it, asks for papers or refuses it within 8 working hours (Decree
 * 118/2025 Art. 17 cl. 2), and the time limit runs only from that acceptance (Art. 17 cl. 3). Carries no
 * personal data.
 *
 * @param ruleSet  the one-stop rules of the submission day, kept for good
 * @param imported true when the dossier came from a province's previous system (migration import)
 */
public record DossierSubmitted(
        UUID dossierId,
        String procedureCode,
        String agency,
        Channel channel,
        Instant submittedAt,
        RuleSet ruleSet,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
