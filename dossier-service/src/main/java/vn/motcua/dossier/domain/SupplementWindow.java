package vn.motcua.dossier.domain;

import java.time.Instant;

/**
 * When the agency may still send a dossier back for a supplement during appraisal (yêu cầu bổ sung trong quá
 * trình thẩm định): only within 3 working days of its reception, unless a sector law says otherwise ("trong thời
 * hạn 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ", Decree 118/2025 Art. 19 cl. 5; the same in Decree 61/2018
 * Art. 19 cl. 4 as consolidated).
 *
 * <p>The 3 days are counted as the Civil Code counts days (Civil Code 2015 Art. 147 cl. 2, Art. 148 cl. 1), as
 * {@link BusinessCalendar#plus} counts the appointed date: the day of acceptance does not count, day 1 is the next
 * working day, and the window closes at the end of the third working day, when the office closes (the same
 * end-of-day as the appointed date, so that the two never disagree on what "the end of a working day" is).
 * Acceptance after hours or on a day off counts from the next working day. A supplement asked at reception, before
 * acceptance, is another rule (Art. 17 cl. 1a: the clock has not started) and is no concern of this one.
 */
public final class SupplementWindow {
    /** "03 ngày làm việc" of Art. 19 cl. 5. */
    static final int WORKING_DAYS = 3;

    private SupplementWindow() {
    }

    /** The last moment a supplement may be asked: the close of office on the third working day after acceptance. */
    public static Instant lastMoment(Instant acceptedAt, WorkingCalendar calendar) {
        return BusinessCalendar.plus(acceptedAt, WORKING_DAYS, calendar);
    }

    /**
     * Whether a supplement asked at {@code requestAt} is within the window.
     *
     * @throws IllegalArgumentException when the request precedes acceptance: that is a supplement at reception
     */
    public static boolean allows(Instant acceptedAt, Instant requestAt, WorkingCalendar calendar) {
        if (requestAt.isBefore(acceptedAt)) {
            throw new IllegalArgumentException("a supplement asked before acceptance (" + requestAt
                    + ") is one at reception, not during appraisal");
        }
        return !requestAt.isAfter(lastMoment(acceptedAt, calendar));
    }
}
