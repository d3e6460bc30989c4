package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An indicator of a resolved dossier was scored (chấm điểm chỉ số đánh giá, Decree 61/2018 Art. 31).
 *
 * @param indicator indicator number, 1 to 9 (1 = total resolution time against the prescribed time)
 * @param points 0 to 2
 */
public record DossierEvaluated(
        UUID dossierId,
        int indicator,
        int points,
        Instant evaluatedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
