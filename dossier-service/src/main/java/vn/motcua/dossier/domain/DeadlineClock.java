package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;

/**
 * The legal time limit of one dossier as segments of running time over a {@link WorkingCalendar} passed in.
 *
 * <ul>
 * <li>It starts when the dossier is accepted as complete and valid, as written on the receipt, not at
 * submission (Decree 118/2025 Art. 17 cl. 3; Decree 61/2018 Art. 17 cl. 3).</li>
 * <li>A supplement requested during appraisal restarts it from zero once the complete dossier is received
 * ("thời hạn giải quyết được tính lại từ đầu", Decree 118/2025 Art. 19 cl. 5): a new segment, and the due date
 * counts from its start alone. (The lifecycle issue adds the supplement action that calls {@link #restartAt}.)</li>
 * <li>A limit in days is counted as the Civil Code counts days (Art. 147 cl. 2-3, Art. 148 cl. 1), in working
 * days: {@link BusinessCalendar#plus}. A limit in hours runs from the instant (Art. 147 cl. 1), inside the
 * province's office hours only: {@link WorkingTime#after}.</li>
 * </ul>
 *
 * @param limit  the prescribed time (thời hạn giải quyết) of the dossier's case variant; 0 for on-the-spot
 *               procedures
 * @param starts when each segment began, oldest first; the last one runs
 */
public record DeadlineClock(TimeLimit limit, List<Instant> starts) {
    public DeadlineClock {
        Objects.requireNonNull(limit, "limit");
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("a deadline clock has started at least once");
        }
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i).isBefore(starts.get(i - 1))) {
                throw new IllegalArgumentException("a restart cannot precede the start before it");
            }
        }
        starts = List.copyOf(starts);
    }

    public static DeadlineClock startAt(Instant acceptedAt, TimeLimit limit) {
        return new DeadlineClock(limit, List.of(acceptedAt));
    }

    /** A limit of {@code workingDays} working days, the common case. */
    public static DeadlineClock startAt(Instant acceptedAt, int workingDays) {
        return startAt(acceptedAt, new TimeLimit(workingDays, TimeUnit.WORKING_DAYS));
    }

    /** The clock after a restart from zero at {@code at} (complete dossier received after a supplement). */
    public DeadlineClock restartAt(Instant at) {
        List<Instant> next = new ArrayList<>(starts);
        next.add(at);
        return new DeadlineClock(limit, next);
    }

    /** Ngày hẹn trả: the full prescribed time counted from the start of the running segment. */
    public Instant dueAt(WorkingCalendar calendar) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> BusinessCalendar.plus(starts.getLast(), limit.value(), calendar);
            case WORKING_HOURS -> WorkingTime.after(starts.getLast(), Duration.ofHours(limit.value()), calendar);
        };
    }
}
