package vn.motcua.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.motcua.gateway.problem.Problems;

/**
 * Hands the correlation id to the service, bounds how long one request may hold a connection to it, and turns a
 * dead, silent or overrunning service into problem+json: Vert.x's proxy alone answers a bare 502 with an empty
 * body, which tells a portal nothing.
 * <p>
 * Two bounds: {@code timeout} is how long the service may stay silent (connect and idle timeouts of the request),
 * {@code deadline} how long the whole exchange may last, so a service that trickles its answer byte by byte
 * cannot keep a pooled connection for ever.
 */
final class UpstreamInterceptor implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);
    /** Where {@link GatewayRouter}'s origin provider leaves the request it opened to the service. */
    static final String UPSTREAM = "motcua.upstream-request";
    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String DEADLINE_TIMER = "motcua.deadline-timer";
    private static final String EXPIRED = "motcua.deadline-expired";

    private final Vertx vertx;
    private final String service;
    private final Duration timeout;
    private final Duration deadline;

    UpstreamInterceptor(Vertx vertx, String service, Duration timeout, Duration deadline) {
        this.vertx = vertx;
        this.service = service;
        this.timeout = timeout;
        this.deadline = deadline;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        String id = CorrelationId.of(ctx.request().proxiedRequest().response());
        ctx.request().putHeader(CorrelationId.HEADER, id);
        // the address the gateway saw, replacing any the caller wrote: a service limiting anonymous callers per
        // address (the public dossier lookup) would otherwise see only the gateway, or a forged header
        ctx.request().putHeader(FORWARDED_FOR, ctx.request().proxiedRequest().remoteAddress().hostAddress());
        ctx.set(DEADLINE_TIMER, vertx.setTimer(deadline.toMillis(), timer -> expire(ctx, id)));
        return ctx.sendRequest().recover(failure -> {
            cancelDeadline(ctx);
            return Future.succeededFuture(problem(ctx, failure, id));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        // the gateway's response already carries the id; a service echoing it would add a second header
        ctx.response().headers().remove(CorrelationId.HEADER);
        return ctx.sendResponse().andThen(sent -> cancelDeadline(ctx));
    }

    /**
     * Before the service's answer began, resetting its request fails {@code sendRequest} and the caller gets 504;
     * once the status line is on its way to the caller, only cutting the caller's connection is left.
     */
    private void expire(ProxyContext ctx, String id) {
        ctx.set(EXPIRED, Boolean.TRUE);
        LOG.warnf("%s service held a request beyond the %d ms deadline [correlationId=%s]", service,
                deadline.toMillis(), id);
        HttpClientRequest upstream = ctx.get(UPSTREAM, HttpClientRequest.class);
        if (upstream != null) {
            upstream.reset(0, new TimeoutException("deadline of " + deadline.toMillis() + " ms passed"));
        }
        HttpServerResponse caller = ctx.request().proxiedRequest().response();
        if (caller.headWritten() && !caller.ended()) {
            caller.reset();
        }
    }

    private void cancelDeadline(ProxyContext ctx) {
        Long timer = ctx.get(DEADLINE_TIMER, Long.class);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }

    private ProxyResponse problem(ProxyContext ctx, Throwable failure, String id) {
        boolean pastDeadline = Boolean.TRUE.equals(ctx.get(EXPIRED, Boolean.class));
        boolean timedOut = pastDeadline || failure instanceof TimeoutException;
        LOG.warnf("%s service %s [correlationId=%s]: %s", service, timedOut ? "timed out" : "unreachable", id,
                failure.toString());
        int status = timedOut ? 504 : 502;
        String path = ctx.request().proxiedRequest().path();
        var body = timedOut
                ? Problems.body(status, "upstream-timeout", "Service did not answer in time", pastDeadline
                        ? "The " + service + " service did not finish within " + deadline.toMillis() + " ms."
                        : "The " + service + " service did not answer within " + timeout.toMillis() + " ms.",
                        path, id)
                : Problems.body(status, "upstream-unavailable", "Service unavailable",
                        "The " + service + " service cannot be reached; try again later.", path, id);
        // release() drains the caller's body, which the service never took
        return ctx.request().release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .setBody(Body.body(body));
    }
}
