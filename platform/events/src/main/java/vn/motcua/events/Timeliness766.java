package vn.motcua.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Timeliness as the national service-quality index counts it (Decision 766/QĐ-TTg of 23/6/2022, group 2 "tiến độ,
 * kết quả giải quyết", indicator 2.1: dossiers finished no later than the appointed date; domain.md §6), beside the
 * legal view of {@link TimelinessRule} over the deadline clock of dossier-service:
 *
 * <ul>
 * <li>the time the dossier waited for the applicant's supplement is <b>subtracted</b> from its handling time,
 * where the law restarts the time limit from zero (Decree 118/2025 Art. 19 cl. 5);</li>
 * <li>a dossier with <b>more than one</b> supplement request is late whatever its dates: the law allows one
 * request, complete, once (118/2025 Art. 16 cl. 3, Art. 19 cl. 5), and a second one is a violation;</li>
 * <li>the comparison is with the <b>original</b> appointed date, from acceptance, as written on the receipt. An
 * apology's new date (Art. 19 cl. 6) does not make a late dossier on time in this view: the formula sheet compares
 * with the synchronised appointment (NgayHenTra). domain.md marks "[verify] whether the rescheduled date replaces
 * NgayHenTra in the sync"; until verified the original date is the stricter reading, and a dashboard that is
 * stricter than the national one warns a province early instead of surprising it.</li>
 * </ul>
 *
 * The subtracted time is elapsed (calendar) time between the request and the completion, as the index's timestamps
 * are instants: the finish is moved back by it, and then compared, by day in the province's zone, like the legal
 * view (finished before the appointed day: early; on it: on time; after: late). [3rd-party: VPCP formula sheet
 * "Mô tả công thức tính chỉ số 766", indicator 2.1; the exact subtraction unit is not stated there: verify.]
 */
public final class Timeliness766 {
    private Timeliness766() {
    }

    /** One supplement requested during appraisal and the moment the complete dossier came back. */
    public record Supplement(Instant requestedAt, Instant completedAt) {
        public Supplement {
            Objects.requireNonNull(requestedAt, "requestedAt");
            Objects.requireNonNull(completedAt, "completedAt");
            if (completedAt.isBefore(requestedAt)) {
                throw new IllegalArgumentException("a supplement completed at " + completedAt
                        + " before it was requested at " + requestedAt);
            }
        }

        Duration waited() {
            return Duration.between(requestedAt, completedAt);
        }
    }

    /**
     * @param acceptedAt  when the clock started (supplements at reception, before it, are not listed)
     * @param originalDue the appointed date of the receipt, before any restart or apology
     * @param supplements the supplements requested during appraisal, each completed
     */
    public static Timeliness classify(Instant acceptedAt, Instant originalDue, List<Supplement> supplements,
            Instant resolvedAt, ZoneId zone) {
        Duration waited = Duration.ZERO;
        for (Supplement s : supplements) {
            if (s.requestedAt().isBefore(acceptedAt) || s.completedAt().isAfter(resolvedAt)) {
                throw new IllegalArgumentException("a supplement during appraisal lies between acceptance "
                        + acceptedAt + " and resolution " + resolvedAt + ": " + s);
            }
            waited = waited.plus(s.waited());
        }
        if (supplements.size() > 1) {
            return Timeliness.LATE;
        }
        return TimelinessRule.classify(resolvedAt.minus(waited), originalDue, zone);
    }
}
