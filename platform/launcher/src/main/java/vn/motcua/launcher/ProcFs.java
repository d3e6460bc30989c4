package vn.motcua.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Linux says of a process in {@code /proc}: how long ago it started and how much memory it holds. The
 * parsers take the files' text, so that tests give them literal samples; the readers return empty when the
 * file is gone (the process ended) or is not Linux's.
 */
final class ProcFs {
    /**
     * USER_HZ, the unit of {@code starttime} in {@code /proc/<pid>/stat}: 100 on every Linux architecture the
     * platform runs on (x86-64, arm64); the kernel keeps it at 100 whatever its internal tick rate.
     */
    static final int CLOCK_TICKS_PER_SECOND = 100;

    private static final Pattern RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+)\\s+kB$");

    private ProcFs() {
    }

    /**
     * Field 22 of {@code /proc/<pid>/stat}, the start time in clock ticks after boot. The second field, the
     * command name, is in parentheses and may itself hold spaces and parentheses, so fields are counted from
     * the last {@code ')'}.
     */
    static long startTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
        }
        // after ") ": field 3 (state) is index 0, so field 22 is index 19
        String[] fields = stat.substring(close + 2).trim().split("\\s+");
        if (fields.length < 20) {
            throw new IllegalArgumentException("a /proc/<pid>/stat line with too few fields: " + stat);
        }
        return Long.parseLong(fields[19]);
    }

    /** The first number of {@code /proc/uptime}: seconds since boot, to the hundredth. */
    static Duration uptime(String uptime) {
        String seconds = uptime.trim().split("\\s+")[0];
        return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
    }

    /** How long ago a process started, from its start ticks and the machine's uptime (both since boot). */
    static Duration age(long startTicks, Duration uptime) {
        return uptime.minusMillis(startTicks * 1000 / CLOCK_TICKS_PER_SECOND);
    }

    /** {@code VmRSS} of {@code /proc/<pid>/status}, in kB: the resident memory, what the target is about. */
    static Optional<Long> rssKb(String status) {
        Matcher m = RSS.matcher(status);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** How long ago the running process {@code pid} started. */
    static Optional<Duration> age(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat")).flatMap(stat ->
                read(Path.of("/proc/uptime")).map(up -> age(startTicks(stat), uptime(up))));
    }

    static Optional<Long> rssKb(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "status")).flatMap(ProcFs::rssKb);
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
