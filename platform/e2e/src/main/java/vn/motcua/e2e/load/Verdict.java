package vn.motcua.e2e.load;

import java.util.Locale;

/**
 * One line of the benchmark's final table: a figure of issue 17's "done when", its target and whether this run met
 * it, e.g. {@code intake gateway / raw tx   17.3 %  (target >= 15 %, p99 41.0 ms < 50 ms)   met}.
 */
record Verdict(String figure, String value, String target, boolean met) {

    /** {@code measured / reference >= minimum}, as a percentage. */
    static Verdict ratio(String figure, double measured, double reference, double minimum) {
        double ratio = measured / reference;
        return new Verdict(figure, percent(ratio), String.format(Locale.ROOT, "target >= %.0f %%", 100 * minimum),
                ratio >= minimum);
    }

    /** As {@link #ratio}, and the measured phase's p99 under {@code maxP99Millis} at that load. */
    static Verdict ratioWithinP99(String figure, double measured, double reference, double minimum, double p99Millis,
            double maxP99Millis) {
        Verdict r = ratio(figure, measured, reference, minimum);
        boolean fast = p99Millis < maxP99Millis;
        return new Verdict(figure, r.value(), String.format(Locale.ROOT, "%s, p99 %.1f ms %s %.0f ms", r.target(),
                p99Millis, fast ? "<" : ">=", maxP99Millis), r.met() && fast);
    }

    /** A latency under a ceiling. */
    static Verdict below(String figure, double millis, double maxMillis) {
        return new Verdict(figure, String.format(Locale.ROOT, "%.1f ms", millis),
                String.format(Locale.ROOT, "target < %.0f ms", maxMillis), millis < maxMillis);
    }

    String line() {
        return String.format(Locale.ROOT, "%-34s %9s  (%s)  %s", figure, value, target, met ? "met" : "NOT MET");
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }
}
