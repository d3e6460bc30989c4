package vn.motcua.launcher;

import java.util.List;
import java.util.Optional;

/**
 * A Quarkus service of the platform: its Maven module, its HTTP port, the database it owns and the name of
 * the gateway route to it ({@code motcua.gateway.routes.<route>.url}).
 */
record Service(String name, int port, Optional<String> database, Optional<String> route) {

    /** In start order; the gateway last, as it only forwards to the others. */
    static final List<Service> ALL = List.of(
            new Service("catalog-service", 8081, Optional.of("catalog"), Optional.of("catalog")),
            new Service("dossier-service", 8082, Optional.of("dossier"), Optional.of("dossiers")),
            new Service("evaluation-service", 8083, Optional.of("evaluation"), Optional.of("evaluations")),
            new Service("reporting-service", 8084, Optional.of("reporting"), Optional.of("reports")),
            new Service("gateway", 8080, Optional.empty(), Optional.empty()));

    static List<String> databases() {
        return ALL.stream().flatMap(s -> s.database().stream()).toList();
    }

    static Optional<Service> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    String url() {
        return "http://localhost:" + port;
    }

    String readinessUrl() {
        return url() + "/q/health/ready";
    }
}
