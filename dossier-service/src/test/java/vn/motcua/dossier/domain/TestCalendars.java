package vn.motcua.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Calendars written out as literal data for the tables of cases, the way the catalogue seeds them (V4). */
final class TestCalendars {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    /** 07:30-11:30, 13:30-17:00, transfer cut-off 15:00: the catalogue's default office hours. */
    static final OfficeHours STANDARD = new OfficeHours(LocalDate.parse("2000-01-01"), LocalTime.of(7, 30),
            LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0));

    static final WorkingCalendar WEEKDAYS = ProvinceCalendar.weekdaysOnly(VN, STANDARD);

    /**
     * 2025 and 2026 for civil servants [sources in V4__calendars.sql; domain.md §4]. 2025: New Year 1/1; Tết
     * 25/1-2/2 (weekdays 27-31/1 off); Hùng Kings Mon 7/4; 30/4-4/5 with Fri 2/5 worked on Sat 26/4; National Day
     * 30/8-2/9 (Mon 1/9, Tue 2/9). 2026: New Year 1/1-4/1 with Fri 2/1 worked on Sat 10/1; Tết Sat 14/2 - Sun
     * 22/2 (weekdays 16-20/2); Hùng Kings Sun 26/4, compensatory Mon 27/4 (Labour Code Art. 111 cl. 3);
     * 30/4-1/5; National Day Wed 2/9 and Tue 1/9.
     */
    static final ProvinceCalendar Y2025_2026 = new ProvinceCalendar(VN, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            dates("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
                    "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
                    "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                    "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"),
            dates("2025-04-26", "2026-01-10"),
            List.of(STANDARD));

    private TestCalendars() {
    }

    static Set<LocalDate> dates(String... days) {
        return Stream.of(days).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
