package vn.motcua.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where each API prefix goes and how hard the gateway protects the services behind it. Each route's URL can be
 * overridden per environment, e.g. {@code MOTCUA_GATEWAY_ROUTES_CATALOG_URL=http://catalog-service:8080}.
 */
@ConfigMapping(prefix = "motcua.gateway")
public interface GatewayConfig {

    /** Keyed by service name ({@code catalog}, {@code dossiers}, ...), which problem details quote. */
    Map<String, Route> routes();

    /** How long a service may stay silent before the caller gets 504; a route may set its own. */
    @WithDefault("10s")
    Duration timeout();

    /** Connections kept per service; Vert.x's default of 5 would queue requests under load. */
    @WithDefault("100")
    int maxConnectionsPerService();

    RateLimit rateLimit();

    interface Route {
        /** Forwarded unchanged: services serve the same paths as the gateway, e.g. {@code /api/catalog}. */
        String prefix();

        /** Scheme, host and port of the service; a path here is ignored. */
        URI url();

        Optional<Duration> timeout();

        /**
         * Where the service serves its own OpenAPI document; the gateway forwards {@code GET /openapi/<name>}
         * there, for its Swagger UI.
         */
        @WithDefault("/q/openapi")
        String openapiPath();
    }

    interface RateLimit {
        /** Sustained rate per client (token refill rate). */
        @WithDefault("50")
        int requestsPerSecond();

        /** Requests a client may send at once after being idle (bucket size). */
        @WithDefault("100")
        int burst();
    }
}
