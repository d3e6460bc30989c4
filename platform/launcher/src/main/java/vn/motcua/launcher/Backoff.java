package vn.motcua.launcher;

import java.time.Duration;

/**
 * How long to wait before starting a crashed service again: 1 s, then twice as long after each crash that
 * follows quickly, up to a minute, so a service that cannot start (a broken migration, a port taken) does not
 * spin; a run that lasted {@link #STABLE} starts the count over, as a crash hours later is news, not a loop.
 */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(1);
    static final Duration STABLE = Duration.ofMinutes(2);

    private Duration next = FIRST;

    /** The pause before the next start, given how long the process that just crashed had been running. */
    synchronized Duration afterCrash(Duration ran) {
        if (ran.compareTo(STABLE) >= 0) {
            next = FIRST;
        }
        Duration pause = next;
        next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
        return pause;
    }
}
