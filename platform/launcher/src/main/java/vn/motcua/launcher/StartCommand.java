package vn.motcua.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.embedded.KraftBroker;

/** {@code start}: brings everything up, prints where it is, and keeps it running until Ctrl-C or {@code stop}. */
final class StartCommand {
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CONSUMER_TIMEOUT = Duration.ofMinutes(2);

    private final Options options;
    private final RepoLayout repo;
    private final StateDir state;
    private final Endpoints endpoints;
    private final Ports ports;
    private final Shutdown shutdown = new Shutdown();
    private final Children children;
    private final Supervisor supervisor;
    /** Services someone else started on their port, e.g. in dev mode. */
    private final Set<String> alreadyRunning = new HashSet<>();
    private volatile boolean stopping;

    StartCommand(Options options, RepoLayout repo, StateDir state) {
        this.options = options;
        this.repo = repo;
        this.state = state;
        this.endpoints = Endpoints.of(options);
        this.ports = endpoints.ports();
        this.children = new Children(state.childrenFile());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.supervisor = new Supervisor(state, children, s -> ChildProcess.start(s.name(),
                ServiceCommand.command(s, endpoints, java, repo.quarkusRunJar(s.module()), backends()),
                ServiceCommand.environment(s, endpoints), repo.root(), state.log(s.name())));
    }

    int run() {
        state.create();
        state.writeLauncher(ProcessHandle.current());
        shutdown.push("launcher state", state::forgetLauncher);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "mot-cua-shutdown"));
        try {
            startAll();
        } catch (RuntimeException e) {
            if (stopping) {
                // Ctrl-C during the start: whatever failed failed because it is being stopped
                return 130;
            }
            throw e;
        }
        watch();
        return 0;
    }

    private void startAll() {
        ChildProcess keycloak = options.embeddedKeycloak() ? startKeycloak() : null;
        startPostgres();
        startKafka();
        awaitKeycloak(keycloak);
        startServices();
        Set<String> running = awaitServices();
        if (options.demoData() && !state.demoDataLoaded()) {
            if (new DemoData(endpoints.keycloakUrl(), ports, repo).load(running)) {
                state.markDemoDataLoaded();
            }
        }
        awaitConsumers(running);
        List<Service> up = endpoints.services().stream().filter(s -> running.contains(s.name())).toList();
        Set<String> swagger = up.stream().filter(s -> Http.status(s.url() + "/q/swagger-ui/") == 200)
                .map(Service::name).collect(Collectors.toSet());
        Summary.Demo demo = !options.demoData() ? Summary.Demo.OFF
                : state.demoDataLoaded() ? Summary.Demo.LOADED : Summary.Demo.INCOMPLETE;
        System.out.println(Summary.render(endpoints, up, swagger, demo, Console.elapsed()));
    }

    /** Reverse order of start. Runs from the shutdown hook, so also on Ctrl-C, SIGTERM and a failed start. */
    private void stopAll() {
        stopping = true;
        Console.info("stopping mot-cua");
        shutdown.closeAll();
        Console.info("stopped");
    }

    private ChildProcess startKeycloak() {
        requireFree("Keycloak", ports.keycloak());
        String version = RepoLayout.keycloakVersion();
        Path home = Keycloak.install(repo.keycloakZip(version), state, version);
        Keycloak.stageRealm(home, repo.realm());
        boolean firstStart = !Files.isDirectory(home.resolve("data/h2"));
        Console.info("starting Keycloak on :" + ports.keycloak() + (firstStart
                ? " (first start: builds itself and imports the realm, about a minute)"
                : "") + ", log " + state.log("keycloak"));
        ChildProcess kc = Keycloak.start(home, state, ports.keycloak());
        track(kc);
        return kc;
    }

    private void startPostgres() {
        if (options.embeddedPostgres()) {
            requireFree("PostgreSQL", ports.postgres());
            EmbeddedPostgres pg = Postgres.startEmbedded(state, ports.postgres(), options.fastUnsafeDb());
            shutdown.push("PostgreSQL", pg);
            Console.info("PostgreSQL ready on :" + ports.postgres() + ", data " + state.postgresData()
                    + (options.fastUnsafeDb() ? " (--fast-unsafe-db: fsync off, a crash may lose data)" : ""));
        }
        Postgres.createDatabases(endpoints.postgresUrl(), endpoints.postgresUser(), endpoints.postgresPassword(),
                Service.databases());
    }

    private void startKafka() {
        if (!options.embeddedKafka()) {
            return;
        }
        requireFree("Kafka", ports.kafka());
        requireFree("Kafka controller", ports.kafkaController());
        KraftBroker broker = Kafka.startEmbedded(state, ports);
        shutdown.push("Kafka", broker);
        Console.info("Kafka ready on " + broker.bootstrapServers() + ", data " + state.kafkaData());
        Kafka.topicsWithFewerPartitions(broker.bootstrapServers()).forEach((topic, count) -> Console.warn(
                "topic " + topic + " has " + count + " partitions, created before the launcher's " + Kafka.PARTITIONS
                        + ": a second instance of its consumers gets an uneven share. ./mot-cua start --fresh "
                        + "recreates every topic; deploy/README.md (Partitions) says how to add partitions instead"));
    }

    private void awaitKeycloak(ChildProcess kc) {
        String url = Keycloak.readinessUrl(endpoints.keycloakUrl());
        if (!Http.awaitOk(url, KEYCLOAK_TIMEOUT, () -> kc == null || kc.alive())) {
            String why = kc == null
                    ? "no realm " + Keycloak.REALM + " at " + endpoints.keycloakUrl() + "; import " + repo.realm()
                    : (kc.alive() ? "not ready after " + KEYCLOAK_TIMEOUT.toMinutes() + " min" : "it exited")
                            + "; last lines of " + kc.log() + ":\n" + kc.logTail(15);
            throw new IllegalStateException("Keycloak: " + why);
        }
        Console.info("Keycloak ready: " + Keycloak.realmUrl(endpoints.keycloakUrl()));
    }

    private void startServices() {
        // the gateway first, so no new request comes in; then the services all at once, as none needs another
        // to shut down cleanly (each drains its own outbox and consumers)
        shutdown.push("services", () -> supervisor.stopAll(supervisor.names().stream()
                .filter(n -> !n.equals("gateway")).toList()));
        shutdown.push("gateway", () -> supervisor.stopAll(List.of("gateway")));
        for (Service s : endpoints.services()) {
            Path jar = repo.quarkusRunJar(s.name());
            if (inUse(s.port())) {
                // typically the same service in `quarkus:dev`, which an engineer works on while the launcher
                // runs the rest
                boolean ready = Http.status(s.readinessUrl()) == 200;
                Console.warn(s.name() + ": port " + s.port() + " is taken; " + (ready
                        ? "using the " + s.name() + " already running there"
                        : "not started"));
                if (ready) {
                    alreadyRunning.add(s.name());
                }
                continue;
            }
            if (!Files.isRegularFile(jar)) {
                Console.warn(s.name() + " not started: no " + repo.root().relativize(jar)
                        + " (not written or not built yet)");
                continue;
            }
            supervisor.start(s);
        }
        if (!supervisor.names().isEmpty()) {
            Console.info("starting " + started().map(Service::name).collect(Collectors.joining(", "))
                    + "; logs in " + state.logs());
        }
    }

    /** Waits for every started service at once; a service that fails is reported and the others go on. */
    private Set<String> awaitServices() {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<Service, Future<Boolean>> ready = new LinkedHashMap<>();
            started().forEach(s -> ready.put(s, pool.submit(() -> Http.awaitOk(s.readinessUrl(), SERVICE_TIMEOUT,
                    () -> supervisor.process(s.name()).orElseThrow().alive()))));
            List<String> up = new ArrayList<>(alreadyRunning);
            for (var e : ready.entrySet()) {
                Service s = e.getKey();
                ChildProcess p = supervisor.process(s.name()).orElseThrow();
                if (e.getValue().get()) {
                    Console.info(s.name() + " ready on :" + s.port());
                    up.add(s.name());
                } else if (!stopping) {
                    Console.warn(s.name() + (p.alive() ? " not ready after " + SERVICE_TIMEOUT.toMinutes() + " min"
                            : " exited") + "; last lines of " + p.log() + ":\n" + p.logTail(15));
                }
            }
            return Set.copyOf(up);
        } catch (Exception e) {
            throw new IllegalStateException("waiting for the services: " + e, e);
        }
    }

    /**
     * Waits until every consuming service holds its partitions and has applied what was published so far, so
     * that the first request after "up" finds the events of the requests before it. A consumer that does not
     * get there is reported, and the platform still comes up: an external broker may be slow, not broken.
     */
    private void awaitConsumers(Set<String> running) {
        List<Service> consuming = endpoints.services().stream()
                .filter(s -> running.contains(s.name()) && s.consumer().isPresent()).toList();
        if (consuming.isEmpty()) {
            return;
        }
        try (ConsumerReadiness readiness = new ConsumerReadiness(endpoints.kafka())) {
            for (Service s : consuming) {
                Service.Consumer c = s.consumer().orElseThrow();
                readiness.await(c, CONSUMER_TIMEOUT).ifPresentOrElse(
                        lacking -> Console.warn(s.name() + ": not caught up with " + c.topic() + " after "
                                + CONSUMER_TIMEOUT.toMinutes() + " min (" + lacking + "); its events may come late"),
                        () -> Console.info(s.name() + " consumes " + c.topic() + ": partitions assigned, caught up"));
            }
        }
    }

    /** Keeps the launcher alive and the services running: see {@link Supervisor}. */
    private void watch() {
        while (true) {
            Http.sleep(Duration.ofMillis(500));
            if (stopping) {
                continue;
            }
            try {
                supervisor.tick();
            } catch (RuntimeException e) {
                // a failed restart (say, a jar removed by a rebuild) is retried at the next tick, not fatal
                Console.warn("supervising the services: " + e.getMessage());
            }
        }
    }

    /** What the gateway forwards to: the first instance of every service, then the second instances running. */
    private List<Service> backends() {
        return Stream.concat(endpoints.services().stream(),
                this.supervisor.services().stream().filter(s -> !s.isFirst())).toList();
    }

    /** The services this launcher started, in start order. */
    private Stream<Service> started() {
        return endpoints.services().stream().filter(s -> supervisor.names().contains(s.name()));
    }

    private void track(ChildProcess p) {
        children.add(p.name(), p.handle());
        shutdown.push(p.name(), () -> stop(p));
    }

    private void stop(ChildProcess p) {
        p.close();
        children.remove(p.handle().pid());
    }

    private static void requireFree(String what, int port) {
        if (inUse(port)) {
            throw new IllegalStateException(what + ": port " + port + " is already in use (another launcher? "
                    + "./mot-cua stop; or give its address with an option, see ./mot-cua help)");
        }
    }

    private static boolean inUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
