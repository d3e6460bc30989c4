package vn.motcua.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line and environment of a service's {@code java -jar quarkus-run.jar}. */
final class ServiceCommand {
    /** Five JVMs plus Keycloak share a laptop; a cap keeps the default (a quarter of RAM each) in check. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx512m");

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
        List<String> c = new ArrayList<>(List.of(java.toString()));
        c.addAll(JVM_OPTIONS);
        c.addAll(List.of("-Dquarkus.http.port=" + service.port(),
                "-Dquarkus.oidc.auth-server-url=" + Keycloak.realmUrl(endpoints.keycloakUrl())));
        service.database().ifPresent(db -> {
            c.add("-Dquarkus.datasource.jdbc.url=" + PostgresUrl.database(endpoints.postgresUrl(), db));
            c.add("-Dquarkus.datasource.username=" + endpoints.postgresUser());
            c.add("-Dkafka.bootstrap.servers=" + endpoints.kafka());
        });
        if (service.name().equals("gateway")) {
            // the gateway's defaults name the same ports; said explicitly so a port change here cannot drift
            endpoints.services().forEach(s -> s.route().ifPresent(
                    r -> c.add("-Dmotcua.gateway.routes." + r + ".url=" + s.url())));
            // on one machine every demo officer is one account, and the load harness drives one of them at
            // hundreds of requests a second: a per-user limit fit for production would measure the limiter
            c.add("-Dmotcua.gateway.rate-limit.requests-per-second=" + LOCAL_RATE_LIMIT);
            c.add("-Dmotcua.gateway.rate-limit.burst=" + 2 * LOCAL_RATE_LIMIT);
        }
        c.addAll(List.of("-jar", jar.toString()));
        return c;
    }

    /** Passwords and keys go through the environment so that they do not show in {@code ps}. */
    static Map<String, String> environment(Service service, Endpoints endpoints) {
        return environment(service, endpoints, System.getenv());
    }

    static Map<String, String> environment(Service service, Endpoints endpoints, Map<String, String> launcherEnv) {
        Map<String, String> env = new HashMap<>();
        service.database().ifPresent(db -> env.put("QUARKUS_DATASOURCE_PASSWORD", endpoints.postgresPassword()));
        if (RATING_TICKET_SERVICES.contains(service.name())) {
            env.put(RATING_TICKET_KEY, launcherEnv.getOrDefault(RATING_TICKET_KEY, DEMO_RATING_TICKET_KEY));
        }
        return Map.copyOf(env);
    }
}
