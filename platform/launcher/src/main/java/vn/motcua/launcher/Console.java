package vn.motcua.launcher;

import java.time.Duration;
import java.util.Locale;

/** What the user sees: short lines stamped with the seconds since the launcher started. */
final class Console {
    private static final long STARTED = System.nanoTime();

    private Console() {
    }

    static void info(String message) {
        System.out.println(stamp() + message);
    }

    static void warn(String message) {
        System.out.println(stamp() + "WARNING: " + message);
    }

    static void error(String message) {
        System.err.println(stamp() + "ERROR: " + message);
    }

    static Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - STARTED);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String stamp() {
        return String.format(Locale.ROOT, "[%6.1fs] ", elapsed().toMillis() / 1000.0);
    }
}
