package vn.motcua.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period (kỳ báo cáo) as the province cuts it: a quarter from day {@code cutoff} of the month before it
 * to the day before {@code cutoff} of its last month, a year from December of the year before likewise (Decree
 * 09/2019/NĐ-CP Art. 12: the 15th to the 14th, e.g. Q2 2022 = 15/3 – 14/6 [seed 000]; Cao Bằng cuts on the 5th:
 * Q1 2023 = 5/12/2022 – 4/3/2023 [seed 002]); cut-off day 1 gives calendar quarters; or any range of days.
 *
 * @param label {@code 2026-Q2}, {@code 2026}, or {@code 2026-03-01..2026-05-31} for a range
 * @param from  first day, inclusive
 * @param to    last day, inclusive
 */
public record ReportingPeriod(Kind kind, String label, LocalDate from, LocalDate to) {
    public enum Kind {
        QUARTER, YEAR, RANGE
    }

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Quarter {@code q} (1-4) of {@code year}; with a cut-off after day 1, it starts in the month before. */
    public static ReportingPeriod quarter(int year, int q, int cutoffDay) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + q);
        }
        checkCutoff(cutoffDay);
        LocalDate firstMonth = LocalDate.of(year, 3 * (q - 1) + 1, 1);
        LocalDate lastMonth = firstMonth.plusMonths(2);
        if (cutoffDay == 1) {
            return new ReportingPeriod(Kind.QUARTER, year + "-Q" + q, firstMonth,
                    lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
        }
        return new ReportingPeriod(Kind.QUARTER, year + "-Q" + q, firstMonth.minusMonths(1).withDayOfMonth(cutoffDay),
                lastMonth.withDayOfMonth(cutoffDay - 1));
    }

    public static ReportingPeriod year(int year, int cutoffDay) {
        checkCutoff(cutoffDay);
        if (cutoffDay == 1) {
            return new ReportingPeriod(Kind.YEAR, Integer.toString(year), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
        }
        return new ReportingPeriod(Kind.YEAR, Integer.toString(year), LocalDate.of(year - 1, 12, cutoffDay),
                LocalDate.of(year, 12, cutoffDay - 1));
    }

    public static ReportingPeriod range(LocalDate from, LocalDate to) {
        return new ReportingPeriod(Kind.RANGE, from + ".." + to, from, to);
    }

    /** The quarter a day falls in. */
    public static ReportingPeriod quarterOf(LocalDate day, int cutoffDay) {
        checkCutoff(cutoffDay);
        // a day on or after the cut-off of a quarter's last month belongs to the next quarter
        LocalDate shifted = cutoffDay == 1 || day.getDayOfMonth() < cutoffDay ? day : day.plusMonths(1);
        int q = (shifted.getMonthValue() - 1) / 3 + 1;
        ReportingPeriod candidate = quarter(shifted.getYear(), q, cutoffDay);
        return candidate.contains(day) ? candidate
                : q == 4 ? quarter(shifted.getYear() + 1, 1, cutoffDay) : quarter(shifted.getYear(), q + 1, cutoffDay);
    }

    /** The year a day falls in. */
    public static ReportingPeriod yearOf(LocalDate day, int cutoffDay) {
        ReportingPeriod same = year(day.getYear(), cutoffDay);
        return same.contains(day) ? same : year(day.getYear() + 1, cutoffDay);
    }

    /**
     * Reads {@code 2026-Q2}, {@code 2026} or {@code 2026-03-01..2026-05-31} (at most 366 days).
     *
     * @throws IllegalArgumentException for anything else, with a message naming the accepted shapes
     */
    public static ReportingPeriod parse(String text, int cutoffDay) {
        String shapes = "a period is YYYY-Qn (2026-Q2), YYYY (2026) or YYYY-MM-DD..YYYY-MM-DD";
        if (text == null) {
            throw new IllegalArgumentException(shapes);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(text);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), cutoffDay);
        }
        if (text.matches("\\d{4}")) {
            return year(Integer.parseInt(text), cutoffDay);
        }
        m = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})").matcher(text);
        if (m.matches()) {
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(m.group(1));
                to = LocalDate.parse(m.group(2));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(shapes + ": " + e.getParsedString() + " is not a date");
            }
            // 366 days, both ends included: a whole leap year, no more
            if (to.isBefore(from) || from.plusDays(365).isBefore(to)) {
                throw new IllegalArgumentException("a range runs forward and spans at most 366 days: " + text);
            }
            return range(from, to);
        }
        throw new IllegalArgumentException(shapes);
    }

    private static void checkCutoff(int cutoffDay) {
        if (cutoffDay < 1 || cutoffDay > 28) {
            throw new IllegalArgumentException("the cut-off day is 1 to 28: " + cutoffDay);
        }
    }
}
