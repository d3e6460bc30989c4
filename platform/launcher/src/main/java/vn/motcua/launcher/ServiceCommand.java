package vn.motcua.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line and environment of a service's {@code java -jar quarkus-run.jar}. */
final class ServiceCommand {
    /**
     * Five JVMs plus Keycloak share a laptop, and each should stay under 200 MB idle (issue 17). Measured with
     * {@code ./mot-cua footprint} and native memory tracking on catalog-service (README, Start-up and memory):
     * idle, the heap holds under 30 MB live, and G1's own structures took 39 MB of 277 MB resident, the heap
     * 68 MB committed. The serial collector needs about 1 MB for its structures and suits heaps of this size on
     * a machine of one or two cores; a small initial heap lets it grow only as far as the service needs; the cap
     * (over ten times the idle live set) keeps the default, a quarter of RAM each, in check. No
     * {@code -XX:TieredStopAtLevel=1}: it would cut the JIT's memory but cost throughput under load.
     *
     * <p>The serial collector grows the old generation to keep {@code MinHeapFreeRatio} (40 %) of it free and
     * gives back only above {@code MaxHeapFreeRatio} (70 %): an idle catalog-service held 47 MB of old
     * generation for 28 MB live. At 10 % and 30 % it holds 31 MB; under load it still grows up to the cap, and a
     * full collection of a few tens of MB is a short pause on this collector. The JIT compiles into glibc's
     * malloc, which keeps freed memory in its arenas (see {@link #MALLOC_ARENA_MAX}); every
     * {@code TrimNativeHeapInterval} the JVM hands what they hold free back to the system ({@code malloc_trim}),
     * 24 MB on an idle catalog-service. Together: 248 MB to 212 MB resident (README, Start-up and memory).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TrimNativeHeapInterval=5000");

    /**
     * glibc gives each thread that mallocs its own 64 MB arena, up to eight per core, and keeps what is freed
     * in it: the JIT's compiler threads, the event loops and the Kafka clients each leave one behind. Two
     * arenas were enough for the services' malloc (21 MB live on an idle catalog-service, from native memory
     * tracking) and left 52 MB of arenas at 22 MB. The launcher's own value wins, as for any variable it passes.
     */
    static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";
    static final String SERVICE_MALLOC_ARENAS = "2";

    private ServiceCommand() {
    }

    static final int LOCAL_RATE_LIMIT = 2000;

    /**
     * The key of the rating ticket (platform/security RatingTicket): dossier-service's public lookup issues the
     * ticket, evaluation-service's rating checks it, so both get the same key. The demo value, unless the
     * launcher's own environment sets one; a cluster reads it from the Secret {@code rating-ticket}.
     */
    static final String RATING_TICKET_KEY = "MOTCUA_RATING_TICKET_KEY";
    static final String DEMO_RATING_TICKET_KEY = "mot-cua-rating-ticket-demo-key-change-me-000001";
    static final Set<String> RATING_TICKET_SERVICES = Set.of("dossier-service", "evaluation-service");

    static List<String> command(Service service, Endpoints endpoints, Path java, Path jar) {
        return command(service, endpoints, java, jar, endpoints.services());
    }

    /**
     * {@code backends}: the instances the gateway forwards to, in order; a route with several instances is given as
     * their comma-separated URLs, which the gateway takes in turn (round robin). It reads them at start, so a
     * second instance reaches it through a restart of the gateway ({@link Supervisor}).
     */
    static List<String> command(Service service, Endpoints endpoints, Path java, Path jar, List<Service> backends) {
        List<String> c = new ArrayList<>(List.of(java.toString()));
        c.addAll(JVM_OPTIONS);
        c.addAll(AotCache.options(jar, service.port(), Runtime.version().feature()));
        c.addAll(List.of("-Dquarkus.http.port=" + service.port(),
                "-Dquarkus.oidc.auth-server-url=" + Keycloak.realmUrl(endpoints.keycloakUrl())));
        service.database().ifPresent(db -> {
            c.add("-Dquarkus.datasource.jdbc.url=" + PostgresUrl.database(endpoints.postgresUrl(), db));
            c.add("-Dquarkus.datasource.username=" + endpoints.postgresUser());
            c.add("-Dkafka.bootstrap.servers=" + endpoints.kafka());
        });
        if (service.name().equals("gateway")) {
            // the gateway's defaults name the same ports; said explicitly so a port change here cannot drift
            routes(backends).forEach((route, urls) -> c.add("-Dmotcua.gateway.routes." + route + ".url=" + urls));
            // on one machine every demo officer is one account, and the load harness drives one of them at
            // hundreds of requests a second: a per-user limit fit for production would measure the limiter
            c.add("-Dmotcua.gateway.rate-limit.requests-per-second=" + LOCAL_RATE_LIMIT);
            c.add("-Dmotcua.gateway.rate-limit.burst=" + 2 * LOCAL_RATE_LIMIT);
        }
        c.addAll(List.of("-jar", jar.toString()));
        return c;
    }

    /** Route name to its instances' URLs, comma-separated, in the order of {@code backends}. */
    static Map<String, String> routes(List<Service> backends) {
        Map<String, String> routes = new LinkedHashMap<>();
        backends.forEach(s -> s.route().ifPresent(r -> routes.merge(r, s.url(), (a, b) -> a + "," + b)));
        return routes;
    }

    /** What every JVM the launcher starts for a service, or as its reference, gets in its environment. */
    static Map<String, String> jvmEnvironment(Map<String, String> launcherEnv) {
        return Map.of(MALLOC_ARENA_MAX, launcherEnv.getOrDefault(MALLOC_ARENA_MAX, SERVICE_MALLOC_ARENAS));
    }

    /** Passwords and keys go through the environment so that they do not show in {@code ps}. */
    static Map<String, String> environment(Service service, Endpoints endpoints) {
        return environment(service, endpoints, System.getenv());
    }

    static Map<String, String> environment(Service service, Endpoints endpoints, Map<String, String> launcherEnv) {
        Map<String, String> env = new HashMap<>(jvmEnvironment(launcherEnv));
        service.database().ifPresent(db -> env.put("QUARKUS_DATASOURCE_PASSWORD", endpoints.postgresPassword()));
        if (RATING_TICKET_SERVICES.contains(service.module())) {
            env.put(RATING_TICKET_KEY, launcherEnv.getOrDefault(RATING_TICKET_KEY, DEMO_RATING_TICKET_KEY));
        }
        return Map.copyOf(env);
    }
}
