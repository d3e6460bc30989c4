package vn.motcua.launcher;

import java.util.List;
import java.util.Optional;

/**
 * A Quarkus service of the platform: its Maven module, its HTTP port, the database it owns, the name of the
 * gateway route to it ({@code motcua.gateway.routes.<route>.url}) and the events it consumes.
 */
record Service(String name, int port, Optional<String> database, Optional<String> route,
               Optional<Consumer> consumer) {

    /** A service's consumer group and the topic it reads: what "ready" waits for besides the HTTP probe. */
    record Consumer(String group, String topic) {
    }

    static final String CATALOG_TOPIC = "catalog.procedures.v1";
    static final String DOSSIER_TOPIC = "dossier.events.v1";

    /** In start order; the gateway last, as it only forwards to the others. */
    static List<Service> all(Ports ports) {
        return List.of(
                new Service("catalog-service", ports.catalog(), Optional.of("catalog"), Optional.of("catalog"),
                        Optional.empty()),
                new Service("dossier-service", ports.dossier(), Optional.of("dossier"), Optional.of("dossiers"),
                        Optional.of(new Consumer("dossier-service", CATALOG_TOPIC))),
                new Service("evaluation-service", ports.evaluation(), Optional.of("evaluation"),
                        Optional.of("evaluations"), Optional.of(new Consumer("evaluation-service", DOSSIER_TOPIC))),
                new Service("reporting-service", ports.reporting(), Optional.of("reporting"), Optional.of("reports"),
                        Optional.of(new Consumer("reporting-service", DOSSIER_TOPIC))),
                new Service("gateway", ports.gateway(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    static List<String> names() {
        return all(Ports.DEFAULT).stream().map(Service::name).toList();
    }

    static List<String> databases() {
        return all(Ports.DEFAULT).stream().flatMap(s -> s.database().stream()).toList();
    }

    static Optional<Service> named(Ports ports, String name) {
        return all(ports).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    String url() {
        return "http://localhost:" + port;
    }

    String readinessUrl() {
        return url() + "/q/health/ready";
    }
}
