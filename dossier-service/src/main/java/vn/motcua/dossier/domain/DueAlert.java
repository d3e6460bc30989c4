package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether an accepted dossier whose clock runs is near its appointed date (sắp đến hạn) or past it (quá hạn).
 * The appointed date binds the agency (Decree 118/2025 Art. 17 cl. 3, the receipt's date); a dossier that will be
 * late must be answered by an apology letter at least one day before that date (Art. 19 cl. 6), so officers are
 * warned a number of <b>working hours</b> ahead: the province's choice, not the law's. Working hours, because a
 * warning 16 calendar hours before a Monday due date would fall on Saturday night, when no one acts on it.
 *
 * <p>Past means strictly after: a dossier due at 17:00 and resolved at 17:00 is on time (TimelinessRule).
 */
public final class DueAlert {
    /** What the sweep announces about a dossier now. */
    public enum Kind {
        NONE,
        /** DossierNearingDue: at most the threshold of working time is left. */
        NEARING_DUE,
        /** DossierOverdue: the appointed date has passed. */
        OVERDUE
    }

    private DueAlert() {
    }

    /**
     * @param threshold the province's nearing threshold, in working time
     */
    public static Kind judge(Instant now, Instant dueAt, Duration threshold, WorkingCalendar calendar) {
        if (now.isAfter(dueAt)) {
            return Kind.OVERDUE;
        }
        return WorkingTime.workingTimeBetween(now, dueAt, calendar).compareTo(threshold) <= 0
                ? Kind.NEARING_DUE : Kind.NONE;
    }
}
