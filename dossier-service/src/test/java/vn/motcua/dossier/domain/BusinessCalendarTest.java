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
