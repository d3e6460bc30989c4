package vn.motcua.platform.security;

import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bearer tokens whose signature, issuer, audience and expiry were verified once, with what the verification
 * produced, so that the next request with the same token skips the RSA signature check and the JSON parse (42 % of
 * the gateway's CPU and 15-17 % of dossier-service's under {@code ./mot-cua load} before this cache). Plain Java;
 * platform/bearer keeps Quarkus OIDC's identities in it for the gateway and every service.
 * <p>
 * Keyed by the whole compact token, signature included: a token with the same claims and another signature is a
 * different key, misses, and goes to the verifier, which refuses it. An entry is dropped, never served, once the
 * clock reaches the token's end of validity plus the verifier's allowed clock skew, the same test jose4j applies
 * ({@code now >= exp + skew}, in whole seconds), so a token is never accepted from here after the verifier would
 * have refused it. Only what a verifier accepted is ever put here. Bounded: the least recently used entry goes
 * first, so a flood of distinct valid tokens costs verifications, not memory.
 * <p>
 * The trade-off: a signing key withdrawn from the realm stops counting for a cached token only when the token
 * expires (five minutes in the mot-cua realm), in the gateway and in each service alike.
 *
 * @param <T> what a verification produced (the security identity)
 */
public final class VerifiedTokens<T> {
    private final InstantSource clock;
    private final long skewSeconds;
    private final Map<String, Kept<T>> entries;

    private record Kept<T>(T verified, long refusedFromSecond) {
    }

    /**
     * @param capacity    the most tokens kept
     * @param skewSeconds the clock skew the verifier allows past a token's {@code exp}
     */
    public VerifiedTokens(int capacity, long skewSeconds, InstantSource clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.clock = clock;
        this.skewSeconds = skewSeconds;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What the verification of exactly this token produced, or null if it is unknown or no longer valid. */
    public T find(String token) {
        long now = clock.instant().getEpochSecond();
        synchronized (entries) {
            Kept<T> entry = entries.get(token);
            if (entry == null) {
                return null;
            }
            if (now >= entry.refusedFromSecond()) {
                entries.remove(token);
                return null;
            }
            return entry.verified();
        }
    }

    /**
     * Keeps what a verifier accepted for {@code token}.
     *
     * @param validUntilSecond the token's {@code exp} (or an earlier end the verifier enforces), epoch seconds
     */
    public void remember(String token, T verified, long validUntilSecond) {
        long refusedFrom = validUntilSecond + skewSeconds;
        if (clock.instant().getEpochSecond() >= refusedFrom) {
            return;
        }
        synchronized (entries) {
            entries.put(token, new Kept<>(verified, refusedFrom));
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
