package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A province published a procedure (công bố thủ tục hành chính): its version 1, in force from
 * {@code terms.effectiveFrom}. Type {@code .v2}: the thin slice's v1 (one number of days, no version dates) was
 * retired before any deployment.
 */
public record ProcedurePublished(UUID procedureId, String code, ProcedureTerms terms, Instant publishedAt)
        implements ProcedureVersionEvent {
}
