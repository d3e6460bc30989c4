package vn.motcua.reporting.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of the periods of a trend: the given one and those before it of the same kind, oldest first
 * ({@code 2026-Q2} with 3: {@code 2025-Q4, 2026-Q1, 2026-Q2}). Only labels: each is cut with the province's
 * cut-off in force on its own anchor when its form is built. A range has no "period before": its trend is itself.
 */
final class TrendPeriods {
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("([0-9]{4})-H([12])");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private TrendPeriods() {
    }

    static List<String> endingWith(String label, int count) {
        List<String> labels = new ArrayList<>();
        String current = label;
        for (int i = 0; i < count && current != null; i++) {
            labels.addFirst(current);
            current = previous(current);
        }
        return labels;
    }

    /** The label before, or null for a range (or a year before 2000, which no report has). */
    static String previous(String label) {
        Matcher m;
        if ((m = QUARTER.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            return q == 1 ? earlier(year - 1, "-Q4") : year + "-Q" + (q - 1);
        }
        if ((m = HALF.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return m.group(2).equals("2") ? year + "-H1" : earlier(year - 1, "-H2");
        }
        if ((m = MONTH.matcher(label)).matches()) {
            YearMonth before = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    .minusMonths(1);
            return earlier(before.getYear(), String.format("-%02d", before.getMonthValue()));
        }
        if (YEAR.matcher(label).matches()) {
            return earlier(Integer.parseInt(label) - 1, "");
        }
        return null;
    }

    private static String earlier(int year, String suffix) {
        return year < 2000 ? null : year + suffix;
    }
}
