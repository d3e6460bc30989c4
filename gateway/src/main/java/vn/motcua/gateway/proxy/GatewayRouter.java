package vn.motcua.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import vn.motcua.gateway.config.ConsoleConfig;
import vn.motcua.gateway.config.GatewayConfig;
import vn.motcua.gateway.console.ConsoleFiles;
import vn.motcua.gateway.edge.EdgeChecks;
import vn.motcua.gateway.problem.FailureProblems;
import vn.motcua.gateway.problem.Problems;
import vn.motcua.gateway.ratelimit.RateLimiter;
import vn.motcua.gateway.session.BearerOrSession;
import vn.motcua.gateway.session.SessionRoutes;
import vn.motcua.gateway.session.TokenRelay;

/**
 * Mounts the routes on Quarkus's own router, so its OIDC authentication and {@code quarkus.http.auth.permission}
 * rules run before any request is forwarded. No BodyHandler anywhere: the proxy refuses (500) a request whose body
 * was already read, so {@link WholeBody} reads it inside the proxy. Besides {@code /api/...}, each service's
 * OpenAPI document is forwarded from {@code /openapi/<route name>}, for the Swagger UI at {@code /q/swagger-ui}.
 * Every answer the gateway writes itself, errors of Vert.x's router included, is problem+json.
 */
@ApplicationScoped
public class GatewayRouter {
    /** Before CORS and authentication (-300 and -200), so their answers carry the id too. */
    private static final int CORRELATION_ORDER = -1000;
    /** After the id is set, before CORS and authentication: a refused request costs no token check. */
    private static final int EDGE_CHECKS_ORDER = -900;
    /** Before authentication: a token and a session cookie are never weighed against each other. */
    private static final int ONE_CREDENTIAL_ORDER = -850;
    /** {@code /openapi/<route name>}: each service's OpenAPI document, listed by the Swagger UI. */
    static final String DOCUMENTS = "/openapi/";

    void mount(@Observes Router router, Vertx vertx, GatewayConfig config, ConsoleConfig console, RateLimiter limiter,
            EdgeChecks edge) {
        router.route().order(CORRELATION_ORDER).handler(CorrelationId::assign);
        router.route().order(EDGE_CHECKS_ORDER).handler(edge);
        router.route().order(ONE_CREDENTIAL_ORDER).handler(BearerOrSession::handle);
        router.route().failureHandler(FailureProblems::handle);

        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnectionsPerService()));

        router.route("/api/*").handler(limiter);
        router.route("/api/*").handler(new TokenRelay());
        router.route(DOCUMENTS + "*").handler(limiter);
        GatewayConfig.Limits limits = config.limits();
        config.routes().forEach((service, route) -> {
            Duration timeout = route.timeout().orElse(config.timeout());
            Duration deadline = route.deadline().orElse(config.deadline());
            Upstreams instances = new Upstreams(service, route.url(), timeout, config.refusedInstancePause(),
                    System::nanoTime);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(instances)
                    .addInterceptor(new WholeBody(vertx, limits.maxBodySize().asLongValue(), limits.bodyTimeout()))
                    .addInterceptor(new UpstreamInterceptor(vertx, service, timeout, deadline));
            ProxyHandler forward = ProxyHandler.create(proxy);
            router.route(route.prefix() + "/*").handler(forward);
            route.otherPrefixes().orElse(List.of()).forEach(prefix -> router.route(prefix + "/*").handler(forward));

            // read-only: the permission rule for /openapi/* refuses other methods before they get here
            HttpProxy document = HttpProxy.reverseProxy(client)
                    .origin(instances)
                    .addInterceptor(new DocumentPath(route.openapiPath()))
                    .addInterceptor(new UpstreamInterceptor(vertx, service, timeout, deadline));
            ProxyHandler documentHandler = ProxyHandler.create(document);
            router.route(HttpMethod.GET, DOCUMENTS + service).handler(documentHandler);
            router.route(HttpMethod.HEAD, DOCUMENTS + service).handler(documentHandler);
        });
        ConsoleFiles.mount(router, console);
        SessionRoutes.mount(router);
        router.route("/api/*").handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "No service answers this path."));
        router.route(DOCUMENTS + "*").handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "No service has an API document at this path."));
        // anything no route answered, unknown /q/* paths included; Quarkus would answer with an HTML page
        router.route().last().handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "Nothing answers this path."));
    }
}
