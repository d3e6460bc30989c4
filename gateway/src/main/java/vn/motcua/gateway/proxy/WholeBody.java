package vn.motcua.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import vn.motcua.gateway.problem.Problems;

/**
 * Reads a request's body whole before a service is called, as nginx does by default. Streamed instead, a caller
 * who announces a body and never sends it (the ambiguous requests of issue 11 did exactly that) keeps one of the
 * service's pooled connections until the idle timeout; a hundred such callers starved every other request on the
 * route for seconds. Read here, such a caller holds only its own socket, until {@code body-timeout} (408). The
 * limit also covers chunked bodies, whose size no header announces (413).
 */
final class WholeBody implements ProxyInterceptor {
    private static final String CLOSE_AFTER = "motcua.close-after-response";

    private final Vertx vertx;
    private final long maxBytes;
    private final Duration timeout;

    WholeBody(Vertx vertx, long maxBytes, Duration timeout) {
        this.vertx = vertx;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        HttpServerRequest caller = ctx.request().proxiedRequest();
        if (!caller.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && ctx.request().getBody().length() <= 0) {
            return ctx.sendRequest();
        }
        return read(ctx.request().getBody().stream()).transform(read -> {
            if (read.succeeded()) {
                ctx.request().setBody(Body.body(read.result()));
                return ctx.sendRequest();
            }
            // the rest of the body is unread: the connection cannot carry another request
            ctx.set(CLOSE_AFTER, Boolean.TRUE);
            return Future.succeededFuture(problem(ctx, read.cause()));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        Future<Void> sent = ctx.sendResponse();
        if (Boolean.TRUE.equals(ctx.get(CLOSE_AFTER, Boolean.class))) {
            return sent.andThen(done -> ctx.request().proxiedRequest().connection().close());
        }
        return sent;
    }

    private Future<Buffer> read(ReadStream<Buffer> stream) {
        Promise<Buffer> whole = Promise.promise();
        Buffer body = Buffer.buffer();
        long timer = vertx.setTimer(timeout.toMillis(), id -> whole.tryFail(new SlowBody()));
        stream.handler(chunk -> {
            if (body.length() + (long) chunk.length() > maxBytes) {
                whole.tryFail(new TooLarge());
            } else if (!whole.future().isComplete()) {
                body.appendBuffer(chunk);
            }
        });
        stream.exceptionHandler(whole::tryFail);
        stream.endHandler(v -> whole.tryComplete(body));
        stream.resume();
        return whole.future().andThen(done -> vertx.cancelTimer(timer));
    }

    private ProxyResponse problem(ProxyContext ctx, Throwable failure) {
        String path = ctx.request().proxiedRequest().path();
        String id = CorrelationId.of(ctx.request().proxiedRequest().response());
        int status;
        Buffer body;
        if (failure instanceof TooLarge) {
            status = 413;
            body = Problems.body(status, "payload-too-large", "Request body too large",
                    "The body may be at most " + maxBytes + " bytes.", path, id);
        } else if (failure instanceof SlowBody) {
            status = 408;
            body = Problems.body(status, "request-timeout", "Request body too slow",
                    "The whole body must arrive within " + timeout.toMillis() + " ms.", path, id);
        } else {
            status = 400;
            body = Problems.body(status, "invalid-framing", "Invalid message framing",
                    "The body could not be read: " + failure.getMessage(), path, id);
        }
        return ctx.request().release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .setBody(Body.body(body));
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class SlowBody extends RuntimeException {
        SlowBody() {
            super(null, null, false, false);
        }
    }
}
