package vn.motcua.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A reporting period (kỳ báo cáo): the days {@code from}..{@code to} inclusive, as the half-open instants
 * [{@code start}, {@code end}) in the province's time zone (data: {@code motcua.reporting.zone}, passed in).
 *
 * <p>For now a period is a calendar quarter. Circular 01/2020/TT-VPCP lets provinces cut
 * their periods on their own days (Lạng Sơn Q2 2022: 15/3 – 14/6; Cao Bằng Q1 2023: 5/12 – 4/3; domain.md §7):
 * those become report-period data per province later, and only this factory changes.
 */
public record ReportPeriod(int year, int quarter, LocalDate from, LocalDate to, Instant start, Instant end) {
    public static ReportPeriod calendarQuarter(int year, int quarter, ZoneId zone) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4; got " + quarter);
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate next = from.plusMonths(3);
        return new ReportPeriod(year, quarter, from, next.minusDays(1),
                from.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
    }

    /**
     * The period as far as it has run at {@code now}: a report of the current quarter counts a pending dossier
     * as overdue only when its appointed date has passed by now, not by the quarter's last day.
     */
    public ReportPeriod asOf(Instant now) {
        return now.isBefore(end) ? new ReportPeriod(year, quarter, from, to, start, now.isBefore(start) ? start : now)
                : this;
    }

    public boolean contains(Instant t) {
        return t != null && !t.isBefore(start) && t.isBefore(end);
    }
}
