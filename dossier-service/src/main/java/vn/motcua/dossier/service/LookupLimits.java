package vn.motcua.dossier.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.dossier.config.LookupConfig;

/**
 * Rate limits of the public lookup, per client address and per dossier code, in fixed windows.
 *
 * <p>In memory, per replica: with n replicas a client gets up to n times the limits, which against a 49-bit
 * secret changes nothing that matters. A limiter shared through the database would cost a write on every
 * anonymous lookup, i.e. an unauthenticated caller could make the service write as fast as it can call it.
 * A code that had too many wrong secrets is refused even with the right one until its window ends: otherwise
 * the 429 itself would tell a guesser which attempt was right. The cost is that a stranger can make the holder of
 * a receipt wait up to {@link LookupConfig#codeWindow()}.
 */
@ApplicationScoped
public class LookupLimits {
    @Inject
    LookupConfig config;

    private final Map<String, Window> addresses = new ConcurrentHashMap<>();
    private final Map<String, Window> codes = new ConcurrentHashMap<>();

    /** A fixed window from {@code start}, with the number of events counted in it. */
    private record Window(Instant start, int count) {
        Window plusOne() {
            return new Window(start, count + 1);
        }
    }

    /** Refused: the caller may try again after {@code retryAfter}. */
    public static final class Limited extends RuntimeException {
        private final Duration retryAfter;
        private final String limit;

        Limited(String limit, Duration retryAfter) {
            super(limit);
            this.limit = limit;
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /** What was exceeded, for the problem's detail. */
        public String limit() {
            return limit;
        }
    }

    /** Counts a lookup from {@code address} of {@code code}; throws {@link Limited} when either limit is reached. */
    public void admit(String address, String code, Instant now) {
        Window w = addresses.compute(address, (k, old) -> current(old, now, config.addressWindow()) == null
                ? new Window(now, 1) : old.plusOne());
        if (w.count() > config.perAddress()) {
            throw new Limited(config.perAddress() + " lookups per " + config.addressWindow().toSeconds()
                    + " s from one address", remaining(w, now, config.addressWindow()));
        }
        Window c = current(codes.get(code), now, config.codeWindow());
        if (c != null && c.count() >= config.wrongSecretsPerCode()) {
            throw new Limited(config.wrongSecretsPerCode() + " wrong secrets for this code in "
                    + config.codeWindow().toMinutes() + " min", remaining(c, now, config.codeWindow()));
        }
    }

    /** A lookup of {@code code} failed: a wrong secret, or no such dossier (counted alike). */
    public void wrongSecret(String code, Instant now) {
        codes.compute(code, (k, old) -> current(old, now, config.codeWindow()) == null
                ? new Window(now, 1) : old.plusOne());
    }

    /** Forgets windows that ended, so that every address that ever called does not stay in memory. */
    @Scheduled(every = "1m", identity = "lookup-limits-expiry")
    void expire() {
        Instant now = Instant.now();
        addresses.values().removeIf(w -> current(w, now, config.addressWindow()) == null);
        codes.values().removeIf(w -> current(w, now, config.codeWindow()) == null);
    }

    private static Window current(Window w, Instant now, Duration length) {
        return w != null && now.isBefore(w.start().plus(length)) ? w : null;
    }

    private static Duration remaining(Window w, Instant now, Duration length) {
        return Duration.between(now, w.start().plus(length));
    }
}
