package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that puts one version of a procedure in force from a date: its first publication or an amendment.
 * Consumers keep one copy per (procedure, version); the version before an amendment is in force until the
 * amendment's {@code effectiveFrom}.
 */
public sealed interface ProcedureVersionEvent extends DomainEvent permits ProcedurePublished, ProcedureAmended {
    UUID procedureId();

    /** The national TTHC code (mã thủ tục), an opaque string such as {@code 1.004227}. */
    String code();

    ProcedureTerms terms();

    Instant publishedAt();

    @Override
    default String aggregateId() {
        return procedureId().toString();
    }
}
