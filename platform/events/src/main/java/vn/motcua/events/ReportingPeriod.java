package vn.motcua.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (kỳ báo cáo) as the province cuts it (Decree 09/2019/NĐ-CP Art. 12: from the 15th of the month
 * before to the 14th of the period's last month). A month {@code 2026-05} runs from the cut-off day of April to the
 * day before the cut-off of May; a quarter from the cut-off of the month before it (Q2 2022 = 15/3 – 14/6 [seed 000];
 * Cao Bằng cuts on the 5th: Q1 2023 = 5/12/2022 – 4/3/2023 [seed 002]); a half-year {@code 2026-H1} from the cut-off
 * of December 2025 to the day before the cut-off of June, {@code 2026-H2} from there to the day before the cut-off of
 * December; a year from December of the year before likewise. Cut-off day 1 gives calendar months, quarters, halves
 * and years. Or any range of at most 366 days.
 *
 * <p>The cut-off of a label is the one in force on its <em>anchor</em>, the first day of its calendar month, quarter,
 * half or year ({@link #anchor}), so a label means the same days wherever it is read, even after the province
 * changes its cut-off.
 *
 * @param label {@code 2026-05}, {@code 2026-Q2}, {@code 2026-H1}, {@code 2026}, or {@code 2026-03-01..2026-05-31}
 * @param from  first day, inclusive
 * @param to    last day, inclusive
 */
public record ReportingPeriod(Kind kind, String label, LocalDate from, LocalDate to) {
    /** The national cut-off day when the province has none in force (Decree 09/2019/NĐ-CP Art. 12). */
    public static final int NATIONAL_CUTOFF = 15;

    public enum Kind {
        MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12), RANGE(0);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        /** Calendar months in one period of this kind; 0 for a range. */
        public int months() {
            return months;
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE_SHAPE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final String SHAPES = "a period is YYYY-MM (2026-05), YYYY-Qn (2026-Q2), YYYY-Hn (2026-H1), YYYY"
            + " (2026) or YYYY-MM-DD..YYYY-MM-DD (at most 366 days)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

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

    /**
     * How officials write the period: {@code Quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)},
     * {@code Tháng 5 năm 2026 (...)}, {@code 6 tháng đầu năm 2026 (...)}, {@code 6 tháng cuối năm 2026 (...)},
     * {@code Năm 2026 (...)}; a range is {@code Từ ngày 01/03/2026 đến ngày 31/05/2026}.
     */
    public String text() {
        String range = "từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
        String name = switch (kind) {
            case MONTH -> "Tháng " + Integer.parseInt(label.substring(5)) + " năm " + label.substring(0, 4);
            case QUARTER -> "Quý " + ROMAN[label.charAt(6) - '1'] + " năm " + label.substring(0, 4);
            case HALF_YEAR -> (label.charAt(6) == '1' ? "6 tháng đầu năm " : "6 tháng cuối năm ") + label.substring(0, 4);
            case YEAR -> "Năm " + label;
            case RANGE -> null;
        };
        return name == null ? "T" + range.substring(1) : name + " (" + range + ")";
    }

    /** Month {@code month} (1-12) of {@code year}: from the cut-off of the month before to the day before its own. */
    public static ReportingPeriod month(int year, int month, int cutoffDay) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a month is 1 to 12: " + month);
        }
        return span(Kind.MONTH, "%d-%02d".formatted(year, month), LocalDate.of(year, month, 1), cutoffDay);
    }

    /** Quarter {@code q} (1-4) of {@code year}; with a cut-off after day 1, it starts in the month before. */
    public static ReportingPeriod quarter(int year, int q, int cutoffDay) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + q);
        }
        return span(Kind.QUARTER, year + "-Q" + q, LocalDate.of(year, 3 * (q - 1) + 1, 1), cutoffDay);
    }

    /** Half {@code h} (1 or 2) of {@code year}: H1 ends the day before the cut-off of June, H2 of December. */
    public static ReportingPeriod halfYear(int year, int h, int cutoffDay) {
        if (h < 1 || h > 2) {
            throw new IllegalArgumentException("a half-year is 1 or 2: " + h);
        }
        return span(Kind.HALF_YEAR, year + "-H" + h, LocalDate.of(year, 6 * (h - 1) + 1, 1), cutoffDay);
    }

    public static ReportingPeriod year(int year, int cutoffDay) {
        return span(Kind.YEAR, Integer.toString(year), LocalDate.of(year, 1, 1), cutoffDay);
    }

    public static ReportingPeriod range(LocalDate from, LocalDate to) {
        return new ReportingPeriod(Kind.RANGE, from + ".." + to, from, to);
    }

    /**
     * The calendar months from {@code anchor} on, as many as the kind has, cut: from the cut-off day of the month
     * before the first to the day before the cut-off of the last (cut-off 1: the calendar months themselves).
     */
    private static ReportingPeriod span(Kind kind, String label, LocalDate anchor, int cutoffDay) {
        checkCutoff(cutoffDay);
        LocalDate lastMonth = anchor.plusMonths(kind.months() - 1L);
        if (cutoffDay == 1) {
            return new ReportingPeriod(kind, label, anchor, lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
        }
        return new ReportingPeriod(kind, label, anchor.minusMonths(1).withDayOfMonth(cutoffDay),
                lastMonth.withDayOfMonth(cutoffDay - 1));
    }

    /** The quarter a day falls in. */
    public static ReportingPeriod quarterOf(LocalDate day, int cutoffDay) {
        return containing(Kind.QUARTER, day, d -> cutoffDay);
    }

    /** The year a day falls in. */
    public static ReportingPeriod yearOf(LocalDate day, int cutoffDay) {
        return containing(Kind.YEAR, day, d -> cutoffDay);
    }

    /**
     * The period of the kind (not RANGE) that holds the day, each candidate cut with the cut-off in force on its
     * anchor. A day on or after the cut-off of a period's last month belongs to the next period; when the province
     * moved its cut-off earlier, a few days may belong to no label: they are given to the next one.
     */
    public static ReportingPeriod containing(Kind kind, LocalDate day, ToIntFunction<LocalDate> cutoffOnAnchor) {
        if (kind == Kind.RANGE) {
            throw new IllegalArgumentException("a range is not a kind of recurring period");
        }
        int index = indexOf(kind, day);
        ReportingPeriod own = at(kind, index, cutoffOnAnchor);
        if (own.contains(day)) {
            return own;
        }
        ReportingPeriod next = at(kind, index + 1, cutoffOnAnchor);
        return next.contains(day) || day.isAfter(own.to()) ? next : own;
    }

    /** The period {@code steps} periods before this one (a recurring kind only), with its own anchor's cut-off. */
    public ReportingPeriod minus(int steps, ToIntFunction<LocalDate> cutoffOnAnchor) {
        if (kind == Kind.RANGE) {
            throw new IllegalArgumentException("a range has no period before it");
        }
        return at(kind, indexOf(kind, anchor(label).orElseThrow()) - steps, cutoffOnAnchor);
    }

    /** Periods of a kind numbered on from year 0: month 24312 is 2026-01, quarter 8104 is 2026-Q1 and so on. */
    private static int indexOf(Kind kind, LocalDate day) {
        return (day.getYear() * 12 + day.getMonthValue() - 1) / kind.months();
    }

    private static ReportingPeriod at(Kind kind, int index, ToIntFunction<LocalDate> cutoffOnAnchor) {
        int firstMonth = index * kind.months();
        LocalDate anchor = LocalDate.of(firstMonth / 12, firstMonth % 12 + 1, 1);
        int cutoff = cutoffOnAnchor.applyAsInt(anchor);
        int year = anchor.getYear();
        int month = anchor.getMonthValue();
        return switch (kind) {
            case MONTH -> month(year, month, cutoff);
            case QUARTER -> quarter(year, (month - 1) / 3 + 1, cutoff);
            case HALF_YEAR -> halfYear(year, (month - 1) / 6 + 1, cutoff);
            case YEAR -> year(year, cutoff);
            case RANGE -> throw new IllegalStateException();
        };
    }

    /**
     * The first day of the label's calendar month, quarter, half or year, the day whose cut-off cuts it; empty for a
     * range (it takes no cut-off) and for anything that is not a label.
     */
    public static Optional<LocalDate> anchor(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = MONTH.matcher(text)).matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 3 * (Integer.parseInt(m.group(2)) - 1) + 1,
                    1));
        }
        if ((m = HALF.matcher(text)).matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 6 * (Integer.parseInt(m.group(2)) - 1) + 1,
                    1));
        }
        if (YEAR.matcher(text).matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(text), 1, 1));
        }
        return Optional.empty();
    }

    /** {@link #parse(String, ToIntFunction)} with one cut-off day whatever the anchor. */
    public static ReportingPeriod parse(String text, int cutoffDay) {
        return parse(text, anchor -> cutoffDay);
    }

    /**
     * Reads {@code 2026-05}, {@code 2026-Q2}, {@code 2026-H1}, {@code 2026} or {@code 2026-03-01..2026-05-31} (at
     * most 366 days), a label cut with the cut-off in force on its {@link #anchor}.
     *
     * @param cutoffOnAnchor the province's cut-off day in force on a day (its history; 15 when it has none)
     * @throws IllegalArgumentException for anything else, with a message naming the accepted shapes
     */
    public static ReportingPeriod parse(String text, ToIntFunction<LocalDate> cutoffOnAnchor) {
        if (text == null) {
            throw new IllegalArgumentException(SHAPES);
        }
        Optional<LocalDate> anchor = anchor(text);
        if (anchor.isPresent()) {
            LocalDate a = anchor.get();
            Kind kind = text.length() == 4 ? Kind.YEAR
                    : text.charAt(5) == 'Q' ? Kind.QUARTER : text.charAt(5) == 'H' ? Kind.HALF_YEAR : Kind.MONTH;
            return at(kind, indexOf(kind, a), cutoffOnAnchor);
        }
        Matcher m = RANGE_SHAPE.matcher(text);
        if (m.matches()) {
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(m.group(1));
                to = LocalDate.parse(m.group(2));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(SHAPES + ": " + e.getParsedString() + " is not a date");
            }
            // 366 days, both ends included: a whole leap year, no more
            if (to.isBefore(from) || from.plusDays(365).isBefore(to)) {
                throw new IllegalArgumentException("a range runs forward and spans at most 366 days: " + text);
            }
            return range(from, to);
        }
        throw new IllegalArgumentException(SHAPES);
    }

    private static void checkCutoff(int cutoffDay) {
        if (cutoffDay < 1 || cutoffDay > 28) {
            throw new IllegalArgumentException("the cut-off day is 1 to 28: " + cutoffDay);
        }
    }
}
