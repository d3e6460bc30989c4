package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal time limit of one dossier as segments of running time over a {@link WorkingCalendar} passed in.
 *
 * <ul>
 * <li>It starts when the dossier is accepted as complete and valid, as written on the receipt, not at
 * submission (Decree 118/2025 Art. 17 cl. 3; Decree 61/2018 Art. 17 cl. 3).</li>
 * <li>A supplement requested during appraisal restarts it from zero once the complete dossier is received
 * ("thời hạn giải quyết được tính lại từ đầu", Decree 118/2025 Art. 19 cl. 5): a new segment, and the due date
 * counts from its start alone. (The lifecycle issue adds the supplement action that calls {@link #restartAt}.)</li>
 * <li>Days are counted as the Civil Code counts them (Art. 147 cl. 2-3, Art. 148 cl. 1), in working days:
 * {@link BusinessCalendar#plus}.</li>
 * </ul>
 *
 * @param workingDays the prescribed time (thời hạn giải quyết), 0 for on-the-spot procedures
 * @param starts      when each segment began, oldest first; the last one runs
 */
public record DeadlineClock(int workingDays, List<Instant> starts) {
    public DeadlineClock {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a duration in working days cannot be negative: " + workingDays);
        }
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

    public static DeadlineClock startAt(Instant acceptedAt, int workingDays) {
        return new DeadlineClock(workingDays, List.of(acceptedAt));
    }

    /** The clock after a restart from zero at {@code at} (complete dossier received after a supplement). */
    public DeadlineClock restartAt(Instant at) {
        List<Instant> next = new ArrayList<>(starts);
        next.add(at);
        return new DeadlineClock(workingDays, next);
    }

    /** Ngày hẹn trả: the full prescribed time counted from the start of the running segment. */
    public Instant dueAt(WorkingCalendar calendar) {
        return BusinessCalendar.plus(starts.getLast(), workingDays, calendar);
    }
}
