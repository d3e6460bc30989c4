package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A province published a version of an administrative procedure (công bố thủ tục hành chính).
 *
 * @param code national code from the national TTHC database, e.g. {@code 1.004227}
 * @param prescribedWorkingDays legal time limit in working days (thời hạn giải quyết)
 */
public record ProcedurePublished(
        UUID procedureId,
        String code,
        String name,
        String field,
        String agency,
        int prescribedWorkingDays,
        int version,
        Instant publishedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return procedureId.toString();
    }
}
