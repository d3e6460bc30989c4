package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How a pending dossier stands against its appointed date, on an officer's worklist and for the overdue sweep
 * alike: in time (trong hạn), nearing
 * its date (sắp đến hạn: at most the province's threshold of working time left), or overdue (quá hạn: past it).
 * The public-service index counts a dossier resolved after its appointed date as late (Decision 766/QĐ-TTg,
 * indicator 2.1); Decree 118/2025 Art. 19 cl. 6 asks the agency to apologise at least a day before the date, so
 * the officer must see it coming: the threshold is in working hours, per province (default 8 = one working day;
 * NearingConfig). Working hours, because a warning 16 calendar hours before a Monday due date would fall on
 * Saturday night, when no one acts on it. Past means strictly after: a result at the appointed instant is on time.
 */
public enum DueFlag {
    DUE, NEARING, OVERDUE;

    public static DueFlag of(Instant now, Instant dueAt, Duration nearing, WorkingCalendar calendar) {
        return of(now, dueAt, nearingFrom(now, nearing, calendar));
    }

    /** With {@link #nearingFrom} computed once for many dossiers (a worklist page of a thousand). */
    public static DueFlag of(Instant now, Instant dueAt, Instant nearingFrom) {
        if (now.isAfter(dueAt)) {
            return OVERDUE;
        }
        return dueAt.isAfter(nearingFrom) ? DUE : NEARING;
    }

    /**
     * The latest appointed date that is "nearing" at {@code now}: {@code nearing} of working time ahead. A dossier
     * due by then has at most that much working time left; one due later, more.
     */
    public static Instant nearingFrom(Instant now, Duration nearing, WorkingCalendar calendar) {
        return WorkingTime.after(now, nearing, calendar);
    }
}
