package vn.motcua.gateway.proxy;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Correlation-Id}, set on the response before anything else runs, so that a 401
 * or 429 carries it too. The response header is the single place the id lives: the proxy copies it to the
 * service's request. A caller's id is kept only if it is short and plain, because services log it.
 */
public final class CorrelationId {
    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    public static void assign(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    public static String of(HttpServerResponse response) {
        return response.headers().get(HEADER);
    }
}
