package vn.motcua.gateway.problem;

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
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body(status, slug, title, detail, rc.request().path(), CorrelationId.of(rc.response())));
    }
}
