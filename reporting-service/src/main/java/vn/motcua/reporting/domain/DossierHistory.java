package vn.motcua.reporting.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;

/**
 * What the counting rules need of one accepted dossier: its field, channel, acceptance, how it ended and the history
 * of its due date. Built from the read model ({@code dossier_fact}, {@code dossier_due}) or, by an independent count,
 * from the dossier's own events.
 *
 * @param fieldCode  the field of the procedure version it was received under; null when unknown
 * @param receivedAt acceptance (Decree 61/2018 Art. 16: the time limit runs from it)
 * @param resolvedAt null while not resolved
 * @param timeliness of the resolution; null while not resolved
 * @param withdrawnAt null unless withdrawn
 * @param closedAt   null unless closed for a missing supplement
 * @param dues       the due date from each instant on; {@code dueAt} null while the clock is stopped
 */
public record DossierHistory(String fieldCode, Channel channel, Instant receivedAt, Instant resolvedAt,
        Timeliness timeliness, Instant withdrawnAt, Instant closedAt, List<Due> dues) {
    public DossierHistory {
        dues = List.copyOf(dues);
    }

    /** From {@code validFrom} on, the legal due date is {@code dueAt}; null = waiting for the applicant. */
    public record Due(Instant validFrom, Instant dueAt) {
    }

    /**
     * Resolution, else withdrawal, else closing (one of them ends a dossier; the read model's generated
     * {@code ended_at} takes them in this order too); empty while open. The dossier is open on [received, ended).
     */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(resolvedAt).or(() -> Optional.ofNullable(withdrawnAt))
                .or(() -> Optional.ofNullable(closedAt));
    }

    /** Open at the instant: received before it and not ended before it ({@code ended >= at}). */
    public boolean openAt(Instant at) {
        return receivedAt.isBefore(at) && endedAt().map(e -> !e.isBefore(at)).orElse(true);
    }

    /**
     * The due date in force at the instant: the row with the greatest {@code validFrom} before it; empty when no row
     * is (the dossier's history is missing); a present empty inner value means the clock is stopped.
     */
    public Optional<Optional<Instant>> dueAt(Instant at) {
        return dues.stream().filter(d -> d.validFrom().isBefore(at)).max(Comparator.comparing(Due::validFrom))
                .map(d -> Optional.ofNullable(d.dueAt()));
    }
}
