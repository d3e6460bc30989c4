package vn.motcua.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * An access token fetched again once it is a minute old. Access tokens live five minutes (a disabled officer
 * loses access that fast), and a test that kills services under load can outlast one.
 */
final class FreshToken implements Supplier<String> {
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(1);

    private final Supplier<String> fetch;
    private String token;
    private Instant fetchedAt = Instant.MIN;

    FreshToken(Supplier<String> fetch) {
        this.fetch = fetch;
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(fetchedAt.plus(REFRESH_AFTER))) {
            token = fetch.get();
            fetchedAt = Instant.now();
        }
        return token;
    }
}
