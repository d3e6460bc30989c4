package vn.motcua.gateway.problem;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import vn.motcua.gateway.proxy.CorrelationId;

/**
 * RFC 9457 problem details in the same shape the services send (see platform/commons' {@code Problem}), so a
 * portal parses one error format whether the gateway or a service refused the request. Written by hand because
 * the gateway must not pull in commons (Hibernate, Kafka).
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:mot-cua:problem:";
    private static final int MAX_INSTANCE_LENGTH = 1024;

    private Problems() {
    }

    public static Buffer body(int status, String slug, String title, String detail, String instance,
            String correlationId) {
        JsonObject problem = new JsonObject()
                .put("type", TYPE_PREFIX + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        return problem.toBuffer();
    }

    /** Ends the response with a problem; headers already set (e.g. {@code WWW-Authenticate}) are kept. */
    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        end(rc, status, slug, title, detail);
    }

    /**
     * Refuses a request whose body the gateway will not read, then closes the connection once the answer is
     * written: left open, the unread body would be parsed as the next request on it (RFC 9112 §6.1 asks the same
     * after ambiguous framing).
     */
    public static void sendAndClose(RoutingContext rc, int status, String slug, String title, String detail) {
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        end(rc, status, slug, title, detail).onComplete(written -> rc.request().connection().close());
    }

    private static Future<Void> end(RoutingContext rc, int status, String slug, String title, String detail) {
        // a path refused for its length is not worth echoing back in full
        String path = rc.request().path();
        String instance = path != null && path.length() <= MAX_INSTANCE_LENGTH ? path : null;
        return rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body(status, slug, title, detail, instance, CorrelationId.of(rc.response())));
    }
}
