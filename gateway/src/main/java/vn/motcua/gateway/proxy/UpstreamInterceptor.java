package vn.motcua.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.motcua.gateway.problem.Problems;

/**
 * Hands the correlation id to the service and turns a dead or silent service into problem+json: Vert.x's proxy
 * alone answers a bare 502 with an empty body, which tells a portal nothing.
 */
final class UpstreamInterceptor implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);

    private final String service;
    private final Duration timeout;

    UpstreamInterceptor(String service, Duration timeout) {
        this.service = service;
        this.timeout = timeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        String id = CorrelationId.of(ctx.request().proxiedRequest().response());
        ctx.request().putHeader(CorrelationId.HEADER, id);
        return ctx.sendRequest().recover(failure -> Future.succeededFuture(problem(ctx, failure, id)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        // the gateway's response already carries the id; a service echoing it would add a second header
        ctx.response().headers().remove(CorrelationId.HEADER);
        return ctx.sendResponse();
    }

    private ProxyResponse problem(ProxyContext ctx, Throwable failure, String id) {
        boolean timedOut = failure instanceof TimeoutException;
        LOG.warnf("%s service %s [correlationId=%s]: %s", service, timedOut ? "timed out" : "unreachable", id,
                failure.toString());
        int status = timedOut ? 504 : 502;
        String path = ctx.request().proxiedRequest().path();
        var body = timedOut
                ? Problems.body(status, "upstream-timeout", "Service did not answer in time",
                        "The " + service + " service did not answer within " + timeout.toMillis() + " ms.", path, id)
                : Problems.body(status, "upstream-unavailable", "Service unavailable",
                        "The " + service + " service cannot be reached; try again later.", path, id);
        // release() drains the caller's body, which the service never took
        return ctx.request().release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .setBody(Body.body(body));
    }
}
