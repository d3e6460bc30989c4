package vn.motcua.gateway.proxy;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import vn.motcua.gateway.config.GatewayConfig;
import vn.motcua.gateway.problem.Problems;
import vn.motcua.gateway.ratelimit.RateLimiter;

/**
 * Mounts the routes on Quarkus's own router, so its OIDC authentication and {@code quarkus.http.auth.permission}
 * rules run before any request is forwarded. No BodyHandler anywhere: the proxy streams bodies and refuses (500)
 * a request whose body was already read. Besides {@code /api/...}, each service's OpenAPI document is forwarded
 * from {@code /openapi/<route name>}, for the Swagger UI at {@code /q/swagger-ui}.
 */
@ApplicationScoped
public class GatewayRouter {
    /** Before CORS and authentication (-300 and -200), so their answers carry the id too. */
    private static final int CORRELATION_ORDER = -1000;
    /** {@code /openapi/<route name>}: each service's OpenAPI document, listed by the Swagger UI. */
    static final String DOCUMENTS = "/openapi/";

    void mount(@Observes Router router, Vertx vertx, GatewayConfig config, RateLimiter limiter) {
        router.route().order(CORRELATION_ORDER).handler(CorrelationId::assign);
        router.route().failureHandler(GatewayRouter::securityFailure);

        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnectionsPerService()));

        router.route("/api/*").handler(limiter);
        router.route(DOCUMENTS + "*").handler(limiter);
        config.routes().forEach((service, route) -> {
            Duration timeout = route.timeout().orElse(config.timeout());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(origin(route, timeout))
                    .addInterceptor(new UpstreamInterceptor(service, timeout));
            router.route(route.prefix() + "/*").handler(ProxyHandler.create(proxy));

            // read-only: the permission rule for /openapi/* refuses other methods before they get here
            HttpProxy document = HttpProxy.reverseProxy(client)
                    .origin(origin(route, timeout))
                    .addInterceptor(new DocumentPath(route.openapiPath()))
                    .addInterceptor(new UpstreamInterceptor(service, timeout));
            ProxyHandler documentHandler = ProxyHandler.create(document);
            router.route(HttpMethod.GET, DOCUMENTS + service).handler(documentHandler);
            router.route(HttpMethod.HEAD, DOCUMENTS + service).handler(documentHandler);
        });
        router.route("/api/*").handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "No service answers this path."));
        router.route(DOCUMENTS + "*").handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "No service has an API document at this path."));
    }

    private static OriginRequestProvider origin(GatewayConfig.Route route, Duration timeout) {
        return ctx -> ctx.client().request(new RequestOptions()
                .setHost(route.url().getHost())
                .setPort(port(route))
                .setSsl("https".equals(route.url().getScheme()))
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis()));
    }

    /**
     * 401s are written by {@code ProblemBearerMechanism}. This covers a valid token on a path it may not use, and
     * Keycloak being unreachable before the gateway ever fetched its keys (Quarkus would answer a plain 500).
     */
    private static void securityFailure(RoutingContext rc) {
        if (rc.response().ended()) {
            rc.next();
        } else if (rc.failure() instanceof ForbiddenException) {
            Problems.send(rc, 403, "forbidden", "Forbidden", "Your token does not allow this request.");
        } else if (causedBy(rc.failure(), OIDCException.class)) {
            Problems.send(rc, 503, "identity-provider-unavailable", "Sign-in service unavailable",
                    "Tokens cannot be checked right now; try again later.");
        } else {
            rc.next();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static int port(GatewayConfig.Route route) {
        int port = route.url().getPort();
        return port != -1 ? port : "https".equals(route.url().getScheme()) ? 443 : 80;
    }
}
