package vn.motcua.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The instances of one service, taken in turn (round robin), so a second instance behind the gateway takes half of
 * the requests. An instance that could not be connected to is passed over for {@code pause} (a passive check: no
 * probe, the next real request after the pause tries it again); when every instance is paused, they are tried in
 * turn all the same, since refusing at once would be no better.
 * <p>
 * A request is sent to the next instance only when the one chosen could not even give it a connection: Vert.x opens
 * the request to the service once a connection is held, so a failure there means not one byte of it left the
 * gateway. A request that failed later (reset, timeout, a connection closed under it) may have reached the service
 * and is never sent again: an intake or a transition must not happen twice.
 */
final class Upstreams implements OriginRequestProvider {
    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final String service;
    private final List<Instance> instances;
    private final long timeoutMillis;
    private final long pauseNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger turn = new AtomicInteger();
    /** Per instance, the {@link System#nanoTime()} until which it is passed over; 0 when it is not. */
    private final AtomicLongArray pausedUntil;

    /** Scheme, host and port of one instance, read once from its URL. */
    record Instance(String host, int port, boolean ssl) {
        static Instance of(URI url) {
            boolean ssl = "https".equals(url.getScheme());
            int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
            return new Instance(url.getHost(), port, ssl);
        }

        @Override
        public String toString() {
            return (ssl ? "https://" : "http://") + host + ":" + port;
        }
    }

    Upstreams(String service, List<URI> urls, Duration timeout, Duration pause, LongSupplier nanoClock) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("the " + service + " route names no URL");
        }
        this.service = service;
        this.timeoutMillis = timeout.toMillis();
        this.instances = urls.stream().map(Instance::of).toList();
        this.pauseNanos = pause.toNanos();
        this.nanoClock = nanoClock;
        this.pausedUntil = new AtomicLongArray(instances.size());
    }

    /** Leaves the request it opens in the context, where {@link UpstreamInterceptor} enforces the deadline on it. */
    @Override
    public Future<HttpClientRequest> create(ProxyContext ctx) {
        return open(ctx, next(), 1).andThen(opened -> ctx.set(UpstreamInterceptor.UPSTREAM, opened.result()));
    }

    private Future<HttpClientRequest> open(ProxyContext ctx, int index, int attempt) {
        Instance instance = instances.get(index);
        return ctx.client().request(new RequestOptions()
                        .setHost(instance.host())
                        .setPort(instance.port())
                        .setSsl(instance.ssl())
                        .setConnectTimeout(timeoutMillis)
                        .setIdleTimeout(timeoutMillis))
                .onSuccess(request -> {
                    if (pausedUntil.get(index) != 0) {
                        pausedUntil.set(index, 0);
                    }
                })
                .recover(failure -> {
                    // no connection, so nothing of this request was sent: another instance may have it
                    pausedUntil.set(index, nanoClock.getAsLong() + pauseNanos);
                    if (attempt >= instances.size()) {
                        return Future.failedFuture(failure);
                    }
                    int other = (index + 1) % instances.size();
                    LOG.warnf("%s instance %s could not be connected to (%s); passed over for %d ms, trying %s",
                            service, instance, failure.getMessage(), pauseNanos / 1_000_000, instances.get(other));
                    return open(ctx, other, attempt + 1);
                });
    }

    /** The next instance in turn that is not paused, or simply the next one if all are. */
    int next() {
        int size = instances.size();
        if (size == 1) {
            return 0;
        }
        int first = Math.floorMod(turn.getAndIncrement(), size);
        long now = nanoClock.getAsLong();
        for (int i = 0; i < size; i++) {
            int candidate = (first + i) % size;
            long until = pausedUntil.get(candidate);
            if (until == 0 || now - until >= 0) {
                return candidate;
            }
        }
        return first;
    }

    List<Instance> instances() {
        return instances;
    }
}
