package vn.motcua.dossier;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The service's clock in tests: the system clock, unless a test sets the instant, so a rule can be checked
 * against literal dates (a Thursday, a weekend) instead of values computed from "now".
 */
@Mock
@Singleton
public class TestClock extends Clock {
    private static volatile Instant fixed;

    /** Runs {@code work} with the service's clock stopped at {@code at}. */
    public static void at(Instant at, Runnable work) {
        fixed = at;
        try {
            work.run();
        } finally {
            fixed = null;
        }
    }

    /** {@code call}'s answer with the service's clock stopped at {@code instant} (ISO-8601, e.g. 2026-01-05T02:00:00Z). */
    public static <T> T at(String instant, Supplier<T> call) {
        List<T> answer = new ArrayList<>(1);
        at(Instant.parse(instant), () -> answer.add(call.get()));
        return answer.get(0);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
