package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar WEEKDAYS = TestCalendars.WEEKDAYS;

    @ParameterizedTest(name = "received {0}, {1} working days -> due {2}")
    @CsvSource({
            // Tue morning, 10 days: counting starts Wed, skips two weekends
            "2026-11-24T09:00, 10, 2026-12-08T17:00",
            // before office hours counts as that day
            "2026-11-24T06:15, 1, 2026-11-25T17:00",
            // after office hours counts from the next working day
            "2026-11-24T17:30, 1, 2026-11-26T17:00",
            // Friday evening -> Monday is the receipt day
            "2026-11-27T18:00, 1, 2026-12-01T17:00",
            // Saturday and Sunday -> Monday
            "2026-11-28T10:00, 1, 2026-12-01T17:00",
            "2026-11-29T23:59, 3, 2026-12-03T17:00",
            // Friday within hours, 1 day -> Monday
            "2026-11-27T10:00, 1, 2026-11-30T17:00",
            // resolved on the spot: due at the close of the receipt day
            "2026-11-24T09:00, 0, 2026-11-24T17:00",
            "2026-11-28T09:00, 0, 2026-11-30T17:00",
            // exactly at closing time is already after hours
            "2026-11-24T17:00, 0, 2026-11-25T17:00",
    })
    void dueDateCountsWorkingDaysFromTheReceiptDay(String received, int days, String due) {
        assertThat(BusinessCalendar.plus(at(received), days, WEEKDAYS)).isEqualTo(at(due));
    }

    /**
     * Over the real 2025-2026 calendar (TestCalendars.Y2025_2026, as the catalogue seeds it in V4): Civil Code 2015
     * Art. 147 cl. 2 (day 1 is the working day after acceptance), Art. 148 cl. 1 (due at the end of the last day);
     * Labour Code 2019 Art. 111-112 for the days off; a swapped Saturday (làm bù) is a working day.
     */
    @ParameterizedTest(name = "accepted {0}, {1} working days -> due {2}")
    @CsvSource(textBlock = """
            # domain.md §3's example: Thu 12/02/2026, Tết 14-22/02 -> 13/02, 23/02, 24/02, 25/02, 26/02
            2026-02-12T09:00, 5, 2026-02-26T17:00
            # Tết 2025 (27/01-01/02 off, Sun 02/02): Fri 24/01 -> Mon 03/02 (1), Tue 04 (2), Wed 05/02 (3)
            2025-01-24T10:00, 3, 2025-02-05T17:00
            # the swapped Saturday 26/04/2025: Thu 24/04 -> Fri 25 (1), Sat 26 (2)
            2025-04-24T10:00, 2, 2025-04-26T17:00
            # ... Mon 28 (3)
            2025-04-24T10:00, 3, 2025-04-28T17:00
            # ... Tue 29 (4), then 30/04, 01/05, 02/05 off and the weekend: Mon 05/05 (5)
            2025-04-24T10:00, 5, 2025-05-05T17:00
            # the New Year 2026 span (01/01, 02/01 off, weekend): Wed 31/12/2025 -> Mon 05/01 (1), Tue 06/01 (2)
            2025-12-31T10:00, 2, 2026-01-06T17:00
            # the swapped Saturday 10/01/2026 is day 1 of a Friday acceptance
            2026-01-09T10:00, 1, 2026-01-10T17:00
            # accepted on that Saturday itself: day 1 is Mon 12/01
            2026-01-10T09:00, 1, 2026-01-12T17:00
            # received on a holiday (01/01/2026) counts as received on the next working day, Mon 05/01 -> Tue 06/01
            2026-01-01T09:00, 1, 2026-01-06T17:00
            # 30/04 and 01/05/2026 then the weekend: Wed 29/04 -> Mon 04/05
            2026-04-29T10:00, 1, 2026-05-04T17:00
            # Hùng Kings on Sun 26/04/2026, compensatory Mon 27/04 (Art. 111 cl. 3): Fri 24/04 -> Tue 28/04
            2026-04-24T10:00, 1, 2026-04-28T17:00
            # National Day 2025 (Mon 01/09, Tue 02/09): Fri 29/08 -> Wed 03/09
            2025-08-29T10:00, 1, 2025-09-03T17:00
            # 20 days over Tết 2026: Mon 02/02 -> Tue 03 .. Fri 13/02 (9), Mon 23/02 .. Fri 27/02 (14),
            # Mon 02/03 .. Fri 06/03 (19), Mon 09/03 (20)
            2026-02-02T10:00, 20, 2026-03-09T17:00
            # 60 days from Mon 30/06/2025: July 23 working days (23), August 21 (44), 01-02/09 off, Wed 03/09 (45) ..
            # Fri 19/09 (57), Mon 22, Tue 23, Wed 24/09 (60)
            2025-06-30T10:00, 60, 2025-09-24T17:00
            # before, during, at lunch, after office hours on Tue 03/03/2026: the first three count from Tue
            # (Wed 04 (1) .. Tue 10 (5)); after closing from Wed 04 (Thu 05 (1) .. Wed 11 (5))
            2026-03-03T06:30, 5, 2026-03-10T17:00
            2026-03-03T10:00, 5, 2026-03-10T17:00
            2026-03-03T12:00, 5, 2026-03-10T17:00
            2026-03-03T17:30, 5, 2026-03-11T17:00
            """)
    void dueDateOverTheRealCalendarSkipsHolidaysAndCountsSwappedSaturdays(String received, int days, String due) {
        assertThat(BusinessCalendar.plus(at(received), days, TestCalendars.Y2025_2026)).isEqualTo(at(due));
    }

    @Test
    void aReceptionAtMidnightUtcIsMorningInVietnam() {
        // 2026-11-23T23:30Z is Tuesday 06:30 in Hà Nội: the receipt day is Tuesday, not Monday
        assertThat(BusinessCalendar.receiptDay(Instant.parse("2026-11-23T23:30:00Z"), WEEKDAYS))
                .isEqualTo("2026-11-24");
    }

    @Test
    void aNegativeDurationIsRejected() {
        assertThatThrownBy(() -> BusinessCalendar.plus(at("2026-11-24T09:00"), -1, WEEKDAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLooping() {
        WorkingCalendar never = new WorkingCalendar() {
            public ZoneId zone() {
                return VN;
            }

            public boolean isWorkingDay(java.time.LocalDate date) {
                return false;
            }

            public OfficeHours hoursOn(java.time.LocalDate date) {
                return TestCalendars.STANDARD;
            }
        };
        assertThatThrownBy(() -> BusinessCalendar.plus(at("2026-11-24T09:00"), 1, never))
                .isInstanceOf(IllegalStateException.class);
    }

    static Instant at(String localVietnamTime) {
        return LocalDateTime.parse(localVietnamTime).atZone(VN).toInstant();
    }
}
