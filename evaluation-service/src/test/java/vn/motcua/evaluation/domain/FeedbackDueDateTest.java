package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision 766 indicator 5.1: feedback is handled within 15 working days of the province's calendar. */
class FeedbackDueDateTest {
    /** 2026: 30/4 and 1/5 (Thu, Fri) off, 2/9 off. */
    static final EvaluationContext LANG_SON = new EvaluationContext(EvaluationContext.VIETNAM,
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 2))
                    .contains(day));

    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource(textBlock = """
            # Fri 24/4 10:00 (+07): 27-29/4, holidays 30/4-1/5 skipped, 4-8/5, 11-15/5, 18-19/5
            2026-04-24T03:00:00Z, 2026-05-19T16:59:59Z
            # Mon 1/6: the day itself does not count; 2/6 .. 22/6
            2026-06-01T02:00:00Z, 2026-06-22T16:59:59Z
            # Fri 5/6 18:00 UTC is Sat 6/6 01:00 in Lạng Sơn: counted from Mon 8/6
            2026-06-05T18:00:00Z, 2026-06-26T16:59:59Z
            # Fri 5/6 16:00 UTC is still Fri 23:00 there
            2026-06-05T16:00:00Z, 2026-06-26T16:59:59Z
            # Tue 25/8: 2/9 (Wed) off, so one day later than without it
            2026-08-25T03:00:00Z, 2026-09-16T16:59:59Z
            """)
    void dueAtTheEndOfTheFifteenthWorkingDayAfterReception(Instant received, Instant due) {
        assertThat(FeedbackDueDate.of(received, LANG_SON)).isEqualTo(due);
    }
}
