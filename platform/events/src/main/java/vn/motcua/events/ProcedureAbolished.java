package vn.motcua.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A procedure was abolished by a decision (bãi bỏ): from {@code effectiveFrom} no dossier may be received
 * under it; dossiers received before are resolved under the version they were received under.
 *
 * @param lastVersion the version in force until {@code effectiveFrom}
 */
public record ProcedureAbolished(UUID procedureId, String code, int lastVersion, LocalDate effectiveFrom,
        ProcedureTerms.Decision decision, Instant abolishedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return procedureId.toString();
    }
}
