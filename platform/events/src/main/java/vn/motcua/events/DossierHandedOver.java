package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The dossier moved to the next step of its internal process (chuyển xử lý): from the desk to the competent
 * unit (Decree 118/2025 Art. 18: the same working day, or the next one if received after 15:00), between units,
 * or to a co-operating agency of an inter-connected procedure (liên thông, Art. 20), whose time counts apart.
 *
 * @param stepNumber 1 for the first step after the desk, as the version's steps are numbered
 * @param toOfficer  the officer assigned, when one is; null while the unit's lead has not assigned it
 * @param stepDueAt  when this step's share of the time limit ends; null when the version has no steps
 * @param interAgency true when {@code toAgency} differs from the agency that held it (liên thông)
 */
public record DossierHandedOver(
        UUID dossierId,
        String dossierCode,
        String agency,
        Integer stepNumber,
        @OptionalField String fromUnit,
        String toAgency,
        String toUnit,
        @OptionalField String toOfficer,
        Instant handedOverAt,
        @OptionalField Instant stepDueAt,
        Boolean interAgency,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
