package vn.motcua.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a request says where its body ends, judged before anything reads it. A gateway and a service that disagree
 * on it wait for bytes that never come (or read the rest as a second request): RFC 9112 §6.1 lets a server
 * refuse such a request, and the gateway does.
 * <p>
 * Netty already settles one case on its own: an HTTP/1.1 request with both {@code Content-Length} and
 * {@code Transfer-Encoding: chunked} reaches the gateway with the length removed (RFC 9112 §6.3, rule 3). What
 * remains visible is a GET or HEAD with a chunked body, the shape the probe of issue 11 used, and it is refused
 * here: RFC 9110 §9.3.1 gives such content no meaning and names it a smuggling risk.
 */
final class Framing {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Framing() {
    }

    /** Why the request's framing is refused, or empty when it is sound. */
    static Optional<String> violation(HttpServerRequest request) {
        MultiMap headers = request.headers();
        List<String> encodings = headers.getAll(HttpHeaders.TRANSFER_ENCODING);
        List<String> lengths = headers.getAll(HttpHeaders.CONTENT_LENGTH);
        if (!encodings.isEmpty() && !lengths.isEmpty()) {
            return Optional.of("Content-Length and Transfer-Encoding together leave the body's length ambiguous; "
                    + "send one of them.");
        }
        if (encodings.size() > 1 || encodings.size() == 1 && !isChunked(encodings.get(0))) {
            return Optional.of("Transfer-Encoding must be exactly 'chunked'; no other coding is accepted.");
        }
        if (lengths.stream().distinct().count() > 1) {
            return Optional.of("Several different Content-Length values leave the body's length ambiguous.");
        }
        if (lengths.size() == 1 && !DIGITS.matcher(lengths.get(0).trim()).matches()) {
            return Optional.of("Content-Length must be a decimal number of bytes.");
        }
        if ((request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) && hasBody(request)) {
            return Optional.of("A " + request.method() + " request carries no body.");
        }
        return Optional.empty();
    }

    /** True when bytes follow the header: chunked, or a length above zero. Call only on sound framing. */
    static boolean hasBody(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || contentLength(request) > 0;
    }

    /** The declared length, or -1 when there is none (chunked or no body). Call only on sound framing. */
    static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null ? -1 : Long.parseLong(length.trim());
    }

    private static boolean isChunked(String encoding) {
        return encoding.trim().toLowerCase(Locale.ROOT).equals("chunked");
    }
}
