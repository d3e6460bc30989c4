package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * An online dossier must be accepted, refused or sent back for papers within 8 working hours of its submission
 * ("trong thời hạn 08 giờ làm việc", Decree 118/2025 Art. 17 cl. 2). The hours run from the instant of submission,
 * not from the next day (Civil Code 2015 Art. 147 cl. 1, a period in hours), over the province's office hours
 * ({@link WorkingTime}).
 */
public final class AcceptanceLimit {
    static final Duration LIMIT = Duration.ofHours(8);

    private AcceptanceLimit() {
    }

    /** The instant by which the desk must have answered a dossier submitted at {@code submittedAt}. */
    public static Instant answerBy(Instant submittedAt, WorkingCalendar calendar) {
        return WorkingTime.after(submittedAt, LIMIT, calendar);
    }

    /** Whether the desk is late with it at {@code now}: strictly after the limit. */
    public static boolean isLate(Instant submittedAt, Instant now, WorkingCalendar calendar) {
        return now.isAfter(answerBy(submittedAt, calendar));
    }
}
