package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a complaint or petition (phản ánh, kiến nghị) must be handled: by the end of the 15th working day after the
 * day it was received, in the province's zone and calendar (Decision 766/QĐ-TTg indicator 5.1, "xử lý phản ánh,
 * kiến nghị đúng hạn"; Decree 20/2008/NĐ-CP Art. 15 gives the same 15 days for petitions on administrative
 * regulations). The reception day itself is not counted, and a day off (weekend, holiday, a swapped Saturday that
 * is not worked) is skipped; the whole due day counts, so the due instant is its last second.
 */
public final class FeedbackDueDate {
    public static final int WORKING_DAYS = 15;

    private FeedbackDueDate() {
    }

    public static Instant of(Instant receivedAt, EvaluationContext context) {
        LocalDate day = receivedAt.atZone(context.zone()).toLocalDate();
        LocalDate limit = day.plusYears(1);
        int counted = 0;
        while (counted < WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.isAfter(limit)) {
                throw new IllegalStateException("a calendar with fewer than 15 working days in a year");
            }
            if (context.workingDay().test(day)) {
                counted++;
            }
        }
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(context.zone()).toInstant();
    }
}
