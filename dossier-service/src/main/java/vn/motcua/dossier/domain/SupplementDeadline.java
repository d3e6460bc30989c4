package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a supplement requested during appraisal that has not come closes the dossier: "quá 15 ngày" (or the time
 * the sector law sets) without the complete dossier, the one-stop closes it (Decree 118/2025 Art. 19 cl. 5;
 * domain.md §3).
 *
 * <p>The text says "15 ngày", not "15 ngày làm việc" as it says of the 3-day window in the same clause
 * ({@link SupplementWindow}), so the days are <b>calendar days</b>, counted as the Civil Code counts a period in
 * days (Civil Code 2015, 91/2015/QH13): the day of the request does not count (Art. 147 cl. 2); the period ends at
 * the end of its last day (Art. 148 cl. 1), and when that day is a weekly rest day or a holiday, at the end of the
 * next working day (Art. 148 cl. 5); a day ends at 24:00 (Art. 148 cl. 6). Unlike an appointed date, which the
 * agency keeps and which falls at the close of office, this is the applicant's time, and a supplement may arrive
 * online in the evening: the dossier closes at midnight, i.e. at the start of the day after the last one.
 * A procedure's own limit, when its sector law sets one, is counted the same way.
 */
public final class SupplementDeadline {
    /** "quá 15 ngày" of Art. 19 cl. 5. */
    static final int DAYS = 15;

    private SupplementDeadline() {
    }

    /**
     * The instant the dossier closes if the supplement asked at {@code requestedAt} has not come.
     *
     * @param procedureDays the sector law's limit in days, when the procedure has one
     */
    public static Instant closesAt(Instant requestedAt, Optional<Integer> procedureDays, WorkingCalendar calendar) {
        int days = procedureDays.orElse(DAYS);
        if (days <= 0) {
            throw new IllegalArgumentException("a supplement time limit is a positive number of days: " + days);
        }
        LocalDate last = requestedAt.atZone(calendar.zone()).toLocalDate().plusDays(days);
        if (!calendar.isWorkingDay(last)) {
            last = BusinessCalendar.nextWorkingDay(last, calendar);
        }
        return last.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }
}
