package vn.motcua.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footprint table: each service's time from process start to ready and its idle resident memory, beside
 * the targets (under 3 s, under 200 MB) and beside an idle JVM measured in the same run.
 */
final class Footprint {
    static final Duration START_TARGET = Duration.ofSeconds(3);
    static final long RSS_TARGET_MB = 200;

    /** Quarkus' own line: "... started in 2.345s. Listening on: ...". */
    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");

    /**
     * One process measured.
     *
     * @param ready from the process' start (/proc) to its readiness probe's first 200; empty if never ready
     * @param quarkusSays the start time Quarkus logs, which leaves out the JVM's own start and readiness checks
     * @param rssKb VmRSS a few seconds after ready
     */
    record Row(String name, Optional<Duration> ready, Optional<Duration> quarkusSays, Optional<Long> rssKb) {
    }

    private Footprint() {
    }

    /** The last "started in X s" of a service's log text, the line of its latest start. */
    static Optional<Duration> quarkusStartedIn(String log) {
        Matcher m = STARTED_IN.matcher(log);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last).map(s -> Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000)));
    }

    static String render(Row reference, List<Row> services) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-22s %10s %9s %9s %9s %9s   %-14s %s%n", "", "start→ready", "÷ JVM", "Quarkus",
                "RSS idle", "÷ JVM", "start < 3 s", "RSS < 200 MB"));
        b.append(row(reference, reference, false));
        for (Row s : services) {
            b.append(row(s, reference, true));
        }
        long met = services.stream().filter(Footprint::met).count();
        b.append(String.format("%d of %d services meet both targets%n", met, services.size()));
        return b.toString();
    }

    static boolean startMet(Row r) {
        return r.ready().map(d -> d.compareTo(START_TARGET) < 0).orElse(false);
    }

    static boolean rssMet(Row r) {
        return r.rssKb().map(kb -> kb < RSS_TARGET_MB * 1024).orElse(false);
    }

    static boolean met(Row r) {
        return startMet(r) && rssMet(r);
    }

    private static String row(Row r, Row reference, boolean withTargets) {
        return String.format(Locale.ROOT, "%-22s %10s %9s %9s %9s %9s   %-14s %s", r.name(),
                r.ready().map(Footprint::seconds).orElse("not ready"),
                withTargets ? ratio(r.ready().map(Duration::toMillis), reference.ready().map(Duration::toMillis)) : "",
                r.quarkusSays().map(Footprint::seconds).orElse("-"),
                r.rssKb().map(kb -> kb / 1024 + " MB").orElse("-"),
                withTargets ? ratio(r.rssKb(), reference.rssKb()) : "",
                withTargets ? (startMet(r) ? "met" : "NOT MET") : "",
                withTargets ? (rssMet(r) ? "met" : "NOT MET") : "").stripTrailing() + System.lineSeparator();
    }

    private static String ratio(Optional<Long> value, Optional<Long> reference) {
        return value.flatMap(v -> reference.filter(ref -> ref > 0)
                .map(ref -> String.format(Locale.ROOT, "%.1f×", (double) v / ref))).orElse("-");
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
    }
}
