package vn.motcua.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.platform.problem.Problem;

/**
 * Errors answered by Vert.x before any JAX-RS resource is reached (unknown path, body too large, URI or
 * headers too long, a path that does not decode) are problem+json like every other error, not HTML or an
 * empty body. Vert.x's own parser limits are set above ours (microprofile-config.properties: 16 KiB request
 * line, 64 KiB headers) so that a request over our limits (4 KiB, 20 KiB) still reaches this code and gets a
 * problem; only a request beyond the parser's limits gets Vert.x's bare answer.
 */
@Singleton
public class HttpEdgeProblems {
    static final int MAX_URI_LENGTH = 4096;
    static final int MAX_HEADERS_SIZE = 20 * 1024;
    private static final Map<Integer, String[]> KNOWN = Map.of(
            400, new String[] {"bad-request", "Bad request",
                    "The path or query is not validly percent-encoded UTF-8."},
            404, new String[] {"not-found", "Not found", "No such resource."},
            405, new String[] {"method-not-allowed", "Method not allowed", "This path does not accept this method."},
            413, new String[] {"payload-too-large", "Payload too large", "The request body is too large."},
            414, new String[] {"uri-too-long", "URI too long",
                    "The request URI is longer than " + MAX_URI_LENGTH + " characters."},
            415, new String[] {"unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json (UTF-8)."},
            431, new String[] {"request-header-fields-too-large", "Request header fields too large",
                    "The request headers are larger than " + MAX_HEADERS_SIZE + " bytes."});

    private final ObjectMapper json = new ObjectMapper();

    /** Quarkus's own limit (default 10 MiB); its check answers an empty 413, so this one answers first. */
    private final long maxBodySize = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.limits.max-body-size", String.class)
            .map(size -> new MemorySizeConverter().convert(size).asLongValue()).orElse(10_240L * 1024);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLimits);
        KNOWN.keySet().forEach(status -> router.errorHandler(status, problem(status)));
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            send(context, 414);
            return;
        }
        if (!validlyEncoded(request.path()) || (request.query() != null && !validlyEncoded(request.query()))) {
            send(context, 400);
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && tooLarge(length)) {
            send(context, 413);
            return;
        }
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > MAX_HEADERS_SIZE) {
            send(context, 431);
            return;
        }
        context.next();
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;  // Vert.x refuses a malformed length itself
        }
    }

    /** Every {@code %} followed by two hex digits, and the bytes they stand for UTF-8. */
    static boolean validlyEncoded(String path) {
        if (path == null) {
            return false;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
                        || Character.digit(path.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x21 || c > 0x7E) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private Handler<RoutingContext> problem(int status) {
        return context -> send(context, status);
    }

    private void send(RoutingContext context, int status) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String[] known = KNOWN.get(status);
        String id = CorrelationId.accept(context.request().getHeader(CorrelationId.HEADER));
        Problem problem = new Problem(Problem.TYPE_PREFIX + known[0], known[1], status, known[2], null, id, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(CorrelationId.HEADER, id);
        if (status == 413 || status == 414 || status == 431 || status == 400) {
            // the rest of the request may be unread: do not reuse the connection
            context.response().putHeader("Connection", "close");
        }
        context.response().end(body);
    }
}
