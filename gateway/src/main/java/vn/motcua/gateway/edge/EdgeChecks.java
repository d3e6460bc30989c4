package vn.motcua.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import vn.motcua.gateway.config.GatewayConfig;
import vn.motcua.gateway.problem.Problems;

/**
 * What every request must pass before authentication, rate limiting or a service sees it: sound framing, a
 * request target and headers of bounded size, a declared body within the limit, a strictly encoded path. Runs
 * first so that an anonymous caller costs the gateway nothing beyond reading its header, and so that each refusal
 * is problem+json rather than the HTML or empty body Vert.x and Quarkus give on their own.
 */
@ApplicationScoped
public class EdgeChecks implements Handler<RoutingContext> {
    private final GatewayConfig.Limits limits;

    EdgeChecks(GatewayConfig config) {
        this.limits = config.limits();
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Optional<String> badFraming = Framing.violation(request);
        if (badFraming.isPresent()) {
            Problems.sendAndClose(rc, 400, "invalid-framing", "Invalid message framing", badFraming.get());
            return;
        }
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(rc, 414, "uri-too-long", "Request target too long",
                    "The path and query may be at most " + limits.maxUriLength() + " characters long.");
        } else if (headerBytes(request) > limits.maxHeaderSize().asLongValue()) {
            refuse(rc, 431, "header-fields-too-large", "Request headers too large",
                    "All header fields together may be at most " + limits.maxHeaderSize().asLongValue() + " bytes.");
        } else if (Framing.contentLength(request) > limits.maxBodySize().asLongValue()) {
            refuse(rc, 413, "payload-too-large", "Request body too large",
                    "The body may be at most " + limits.maxBodySize().asLongValue() + " bytes.");
        } else {
            switch (RequestTarget.judge(request.path(), request.query())) {
                case BADLY_ENCODED -> refuse(rc, 400, "bad-request-target", "Badly encoded path or query",
                        "Path and query may hold letters, digits, -._~!$&'()*+,;=:@/? and %-escapes of UTF-8 "
                                + "(such as %C3%A1 for á); no escape may hide a control character.");
                case DOT_SEGMENT -> refuse(rc, 404, "not-found", "Not found",
                        "Paths with '.' or '..' segments name nothing here.");
                case SOUND -> rc.next();
            }
        }
    }

    /** A body that will not be read must not stay on the connection, where it would pass for the next request. */
    private static void refuse(RoutingContext rc, int status, String slug, String title, String detail) {
        if (Framing.hasBody(rc.request())) {
            Problems.sendAndClose(rc, status, slug, title, detail);
        } else {
            Problems.send(rc, status, slug, title, detail);
        }
    }

    /** As on the wire: "name: value" and CRLF per field. */
    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> field : request.headers()) {
            total += field.getKey().length() + field.getValue().length() + 4;
        }
        return total;
    }
}
