package vn.motcua.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.gateway.config.GatewayConfig;
import vn.motcua.gateway.problem.Problems;
import vn.motcua.platform.security.Caller;

/**
 * Per-client token buckets, in memory: each gateway replica limits on its own, so the effective limit is
 * replicas × the configured one. Runs after authentication, so the key comes from a verified token: the
 * {@link Caller}'s name ({@code preferred_username}; a portal's service account has its own,
 * {@code service-account-portal-20}). Not the client ({@code azp}): every citizen of one portal carries the
 * portal's client id, and they must not share one bucket. Anonymous callers of public paths are keyed by their address.
 */
@ApplicationScoped
public class RateLimiter implements Handler<RoutingContext> {
    private static final long SWEEP_MILLIS = TimeUnit.MINUTES.toMillis(1);

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int perSecond;
    private final int burst;

    RateLimiter(GatewayConfig config, Vertx vertx) {
        this.perSecond = config.rateLimit().requestsPerSecond();
        this.burst = config.rateLimit().burst();
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("motcua.gateway.rate-limit.requests-per-second and burst must be >= 1");
        }
        // without this, every address that ever called a public path would stay in memory
        vertx.setPeriodic(SWEEP_MILLIS, id -> {
            long now = System.nanoTime();
            buckets.values().removeIf(b -> b.isFull(now));
        });
    }

    @Override
    public void handle(RoutingContext rc) {
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(key(rc), k -> new TokenBucket(burst, perSecond, now)).take(now);
        if (wait == 0) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(rc, 429, "rate-limited", "Too many requests",
                "This client sent more than " + perSecond + " requests per second; retry after the delay given.");
    }

    static String key(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt) {
            // the verified caller's name: preferred_username, which a portal's service account has too
            Caller caller = Caller.fromClaims(jwt.getName(), jwt::getClaim, Set.of());
            return caller.name() != null ? "user:" + caller.name() : "subject:" + jwt.getSubject();
        }
        return "address:" + rc.request().remoteAddress().hostAddress();
    }
}
