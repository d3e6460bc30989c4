package vn.motcua.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each API prefix goes and how hard the gateway protects the services behind it. Each route's URL can be
 * overridden per environment, e.g. {@code MOTCUA_GATEWAY_ROUTES_CATALOG_URL=http://catalog-service:8080}, and may
 * name several instances of the service, comma-separated, which take requests in turn.
 */
@ConfigMapping(prefix = "motcua.gateway")
public interface GatewayConfig {

    /** Keyed by service name ({@code catalog}, {@code dossiers}, ...), which problem details quote. */
    Map<String, Route> routes();

    /** How long a service may stay silent before the caller gets 504; a route may set its own. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * The longest one request may hold a connection to a service, from sending it to the last byte of the answer,
     * however steadily the service trickles; a route may set its own. Before the answer starts the caller gets 504;
     * later the connection is cut, since the status is already sent.
     */
    @WithDefault("30s")
    Duration deadline();

    /**
     * How long an instance of a service that could not be connected to is passed over before requests try it
     * again (a passive check: no probe runs).
     */
    @WithDefault("5s")
    Duration refusedInstancePause();

    /** Connections kept per service instance; Vert.x's default of 5 would queue requests under load. */
    @WithDefault("100")
    int maxConnectionsPerService();

    RateLimit rateLimit();

    Limits limits();

    interface Route {
        /** Forwarded unchanged: services serve the same paths as the gateway, e.g. {@code /api/catalog}. */
        String prefix();

        /**
         * Further prefixes the same service answers, forwarded unchanged like {@link #prefix()}: a service's public
         * paths that live outside its own prefix, e.g. {@code /api/public/dossiers} of the dossier service.
         */
        Optional<List<String>> otherPrefixes();

        /**
         * Scheme, host and port of the service; a path here is ignored. Several instances of one service are
         * listed comma-separated ({@code http://localhost:8082,http://localhost:18092}): requests go to them in turn
         * (round robin), an instance that cannot be connected to is passed over for {@code refused-instance-pause},
         * and a request no instance could take a connection for is tried on the next one (never a request that may
         * have reached a service).
         */
        List<URI> url();

        /** Falls back to {@code motcua.gateway.timeout}. */
        Optional<Duration> timeout();

        /** Falls back to {@code motcua.gateway.deadline}. */
        Optional<Duration> deadline();

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

    /**
     * What the gateway accepts from a caller, checked before authentication so an anonymous caller cannot make it
     * work. Keep them below {@code quarkus.http.limits.*}: past those, Vert.x answers with a bare status line
     * before the gateway sees the request.
     */
    interface Limits {
        /** Longest request target (path and query) in characters; longer ones get 414. */
        @WithDefault("4096")
        int maxUriLength();

        /** All header lines together; more gets 431. */
        @WithDefault("20K")
        MemorySize maxHeaderSize();

        /**
         * Largest request body; more gets 413. Bodies are read whole before a service is called (so a caller who
         * never finishes sending holds no service connection), hence this bounds memory per request too.
         */
        @WithDefault("10M")
        MemorySize maxBodySize();

        /** How long a caller may take to send its whole body; slower gets 408 and the connection is closed. */
        @WithDefault("30s")
        Duration bodyTimeout();
    }
}
