package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A published procedure was amended or replaced by a decision (sửa đổi, bổ sung, thay thế): version
 * {@code terms.version} is in force from {@code terms.effectiveFrom}, and the version before it ends that day.
 * Dossiers received before keep the version they were received under.
 */
public record ProcedureAmended(UUID procedureId, String code, ProcedureTerms terms, Instant publishedAt)
        implements ProcedureVersionEvent {
}
