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
import java.util.concurrent.ConcurrentHashMap;
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

    private final Options options;
    private final RepoLayout repo;
    private final StateDir state;
    private final Endpoints endpoints;
    private final Shutdown shutdown = new Shutdown();
    private final Children children;
    /** Concurrent: the shutdown hook may read it while a start is still under way. */
    private final Map<Service, ChildProcess> services = new ConcurrentHashMap<>();
    /** Services someone else started on their port, e.g. in dev mode. */
    private final Set<String> alreadyRunning = new HashSet<>();
    private volatile boolean stopping;

    StartCommand(Options options, RepoLayout repo, StateDir state) {
        this.options = options;
        this.repo = repo;
        this.state = state;
        this.endpoints = Endpoints.of(options);
        this.children = new Children(state.childrenFile());
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
            if (new DemoData(endpoints.keycloakUrl()).load(running)) {
                state.markDemoDataLoaded();
            }
        }
        List<Service> up = Service.ALL.stream().filter(s -> running.contains(s.name())).toList();
        Set<String> swagger = up.stream().filter(s -> Http.status(s.url() + "/q/swagger-ui/") == 200)
                .map(Service::name).collect(Collectors.toSet());
        System.out.println(Summary.render(endpoints, up, swagger, Console.elapsed()));
    }

    /** Reverse order of start. Runs from the shutdown hook, so also on Ctrl-C, SIGTERM and a failed start. */
    private void stopAll() {
        stopping = true;
        Console.info("stopping mot-cua");
        shutdown.closeAll();
        Console.info("stopped");
    }

    private ChildProcess startKeycloak() {
        requireFree("Keycloak", Keycloak.PORT);
        String version = RepoLayout.keycloakVersion();
        Path home = Keycloak.install(repo.keycloakZip(version), state, version);
        Keycloak.stageRealm(home, repo.realm());
        boolean firstStart = !Files.isDirectory(home.resolve("data/h2"));
        Console.info("starting Keycloak on :" + Keycloak.PORT + (firstStart
                ? " (first start: builds itself and imports the realm, about a minute)"
                : "") + ", log " + state.log("keycloak"));
        ChildProcess kc = Keycloak.start(home, state);
        track(kc);
        return kc;
    }

    private void startPostgres() {
        if (options.embeddedPostgres()) {
            requireFree("PostgreSQL", Postgres.PORT);
            EmbeddedPostgres pg = Postgres.startEmbedded(state);
            shutdown.push("PostgreSQL", pg);
            Console.info("PostgreSQL ready on :" + Postgres.PORT + ", data " + state.postgresData());
        }
        Postgres.createDatabases(endpoints.postgresUrl(), endpoints.postgresUser(), endpoints.postgresPassword(),
                Service.databases());
    }

    private void startKafka() {
        if (!options.embeddedKafka()) {
            return;
        }
        requireFree("Kafka", Kafka.PORT);
        requireFree("Kafka controller", Kafka.CONTROLLER_PORT);
        KraftBroker broker = Kafka.startEmbedded(state);
        shutdown.push("Kafka", broker);
        Console.info("Kafka ready on " + broker.bootstrapServers() + ", data " + state.kafkaData());
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
        shutdown.push("services", () -> services.entrySet().parallelStream()
                .filter(e -> !e.getKey().name().equals("gateway")).forEach(e -> stop(e.getValue())));
        shutdown.push("gateway", () -> services.entrySet().stream()
                .filter(e -> e.getKey().name().equals("gateway")).forEach(e -> stop(e.getValue())));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (Service s : Service.ALL) {
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
            ChildProcess p = ChildProcess.start(s.name(), ServiceCommand.command(s, endpoints, java, jar),
                    ServiceCommand.environment(s, endpoints), repo.root(), state.log(s.name()));
            children.add(p.name(), p.handle());
            services.put(s, p);
        }
        if (!services.isEmpty()) {
            Console.info("starting " + started().map(Service::name).collect(Collectors.joining(", "))
                    + "; logs in " + state.logs());
        }
    }

    /** Waits for every started service at once; a service that fails is reported and the others go on. */
    private Set<String> awaitServices() {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<Service, Future<Boolean>> ready = new LinkedHashMap<>();
            started().forEach(s -> ready.put(s, pool.submit(
                    () -> Http.awaitOk(s.readinessUrl(), SERVICE_TIMEOUT, services.get(s)::alive))));
            List<String> up = new ArrayList<>(alreadyRunning);
            for (var e : ready.entrySet()) {
                Service s = e.getKey();
                ChildProcess p = services.get(s);
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

    /** Keeps the launcher alive, and says so when a service dies on its own. */
    private void watch() {
        Set<String> reported = new HashSet<>();
        while (true) {
            Http.sleep(Duration.ofSeconds(2));
            services.forEach((s, p) -> {
                if (!stopping && !p.alive() && reported.add(s.name())) {
                    Console.warn(s.name() + " exited; last lines of " + p.log() + ":\n" + p.logTail(10));
                }
            });
        }
    }

    /** The services this launcher started, in start order. */
    private Stream<Service> started() {
        return Service.ALL.stream().filter(services::containsKey);
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
