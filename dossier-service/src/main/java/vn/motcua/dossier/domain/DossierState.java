package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.ReturnMethod;
import vn.motcua.events.Timeliness;

/**
 * What a dossier's action log amounts to now. Derived by {@link DossierLifecycle#replay}, never set field by
 * field. Every instant is kept raw, so that both the legal timeliness (restart after a supplement, the apology's
 * new date) and the Decision 766 view (supplement time subtracted, a second request late) can be computed.
 *
 * @param lastAt        when the latest entry happened; a new one may not be dated before it
 * @param submittedAt   when the system or the desk first had it (the first entry)
 * @param receivedAt    acceptance (tiếp nhận): the time limit runs from here; null before
 * @param originalDueAt the appointed date of the receipt; null before acceptance
 * @param dueAt         the appointed date now (after a restart or an apology); null before acceptance
 * @param supplements   each supplement requested during appraisal, oldest first
 * @param papersRequests how many times papers were asked before acceptance
 * @param papersRequestedAt when they were last asked; null if never
 * @param extension     the apology's new date, if one was set (once)
 * @param step          where the dossier is in its internal process; null before the first hand-over
 * @param resolution    the result; null until resolved
 * @param timeliness    early, on time or late against {@code dueAt}; null until resolved
 * @param endedAt       when it was refused at reception, withdrawn or closed; null otherwise
 */
public record DossierState(DossierStatus status, int lastSequence, Instant lastAt, Instant submittedAt, Instant receivedAt,
        Instant originalDueAt, Instant dueAt, List<SupplementRound> supplements, int papersRequests, Instant papersRequestedAt,
        Extension extension, Step step, Instant resolvedAt, ActionFacts.Resolution resolution, Timeliness timeliness,
        Instant returnedAt, ReturnMethod returnMethod, Instant endedAt) {

    public DossierState {
        supplements = List.copyOf(supplements);
    }

    /**
     * A supplement asked during appraisal.
     *
     * @param completedAt null while the papers have not come
     * @param dueBefore   the appointed date when it was asked
     */
    public record SupplementRound(Instant requestedAt, Instant completedAt, Instant dueBefore, String reason) {
        public Optional<Duration> took() {
            return Optional.ofNullable(completedAt).map(c -> Duration.between(requestedAt, c));
        }
    }

    /** The apology: who signed, why, the date it replaced and the new one. */
    public record Extension(Instant at, String actor, String reason, String signedBy, Instant dueBefore,
            Instant dueAfter) {
    }

    /**
     * Where the dossier is in its internal process.
     *
     * @param officer null until assigned
     * @param dueAt   the step's share of the time limit; null when the version has no steps
     */
    public record Step(int number, String agency, String unit, String officer, Instant since, Instant dueAt) {
    }

    /** The supplement asked and not yet received, if any. */
    public Optional<SupplementRound> openSupplement() {
        return supplements.isEmpty() || supplements.getLast().completedAt() != null ? Optional.empty()
                : Optional.of(supplements.getLast());
    }

    /** The time the applicant took to complete supplements, in total (Decision 766 subtracts it). */
    public Duration supplementTime() {
        return supplements.stream().map(r -> r.took().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }
}
