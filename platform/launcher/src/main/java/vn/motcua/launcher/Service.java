package vn.motcua.launcher;

import java.util.List;
import java.util.Optional;

/**
 * A Quarkus service of the platform, or one instance of it: its name (the module's for the first instance,
 * {@code <module>-2} for a second one: its log, its line in {@code status}), its HTTP port, the database it owns,
 * the name of the gateway route to it ({@code motcua.gateway.routes.<route>.url}), the events it consumes, and
 * the Maven module whose jar it runs. Every instance of a module shares its database and its consumer group.
 */
record Service(String name, int port, Optional<String> database, Optional<String> route,
               Optional<Consumer> consumer, String module) {

    /** A service's consumer group and the topic it reads: what "ready" waits for besides the HTTP probe. */
    record Consumer(String group, String topic) {
    }

    static final String CATALOG_TOPIC = "catalog.procedures.v1";
    static final String DOSSIER_TOPIC = "dossier.events.v1";

    /** The most instances of a service the launcher runs: the port scheme reserves one more per service. */
    static final int MAX_INSTANCES = 2;

    /** The first instance of a module. */
    Service(String name, int port, Optional<String> database, Optional<String> route, Optional<Consumer> consumer) {
        this(name, port, database, route, consumer, name);
    }

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

    /** The services that can run a second instance: all but the gateway, the one entry point of a local platform. */
    static List<String> scalable() {
        return names().stream().filter(n -> !n.equals("gateway")).toList();
    }

    static List<String> databases() {
        return all(Ports.DEFAULT).stream().flatMap(s -> s.database().stream()).toList();
    }

    static Optional<Service> named(Ports ports, String name) {
        return all(ports).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Instance {@code n} (1 or 2) of this module: the second one ten ports higher ({@link Ports#SECOND_INSTANCE_OFFSET}),
     * named {@code <module>-2}, with the same database, route and consumer group.
     */
    Service instance(int n) {
        if (n < 1 || n > MAX_INSTANCES) {
            throw new IllegalArgumentException("instance " + n + " of " + module + ": 1 to " + MAX_INSTANCES);
        }
        Service first = new Service(module, port - (isFirst() ? 0 : Ports.SECOND_INSTANCE_OFFSET), database, route,
                consumer, module);
        return n == 1 ? first : new Service(module + "-" + n, first.port + Ports.SECOND_INSTANCE_OFFSET, database,
                route, consumer, module);
    }

    boolean isFirst() {
        return name.equals(module);
    }

    String url() {
        return "http://localhost:" + port;
    }

    String readinessUrl() {
        return url() + "/q/health/ready";
    }
}
