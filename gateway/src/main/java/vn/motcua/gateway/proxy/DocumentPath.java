package vn.motcua.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Sends {@code /openapi/<name>} to the service's own document path (by default {@code /q/openapi}), keeping the
 * query, so {@code ?format=json} still chooses the format. The service's answer, JSON or YAML, passes unchanged.
 */
final class DocumentPath implements ProxyInterceptor {
    private final String path;

    DocumentPath(String path) {
        this.path = path;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        String query = ctx.request().proxiedRequest().query();
        ctx.request().setURI(query == null ? path : path + "?" + query);
        return ctx.sendRequest();
    }
}
