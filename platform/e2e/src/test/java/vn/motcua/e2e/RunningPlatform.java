package vn.motcua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import vn.motcua.embedded.KraftBroker;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole platform once per test run through the launcher, as {@code ./mot-cua start --fresh} does
 * (embedded PostgreSQL, Keycloak with the realm, five services, demo data), and stops it when every IT is done.
 * It is a platform of its own: its ports are the launcher's {@code --port-base} block ({@code e2e.port-base},
 * 18080-18088) and its state folder is under {@code target/}, so it runs beside a developer's
 * {@code ./mot-cua start}; its PostgreSQL runs with {@code --fast-unsafe-db}, as its data is thrown away.
 * The Kafka broker runs in this JVM and is handed to the launcher as an existing one ({@code --kafka=}), so a
 * test can stop it and bring it back ({@link #broker()}). With {@code -De2e.external=true} it uses a platform
 * that is already running, and has no broker to stop.
 */
public final class RunningPlatform implements BeforeAllCallback {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final String READY = "mot-cua is up";
    private static final String DEMO_INCOMPLETE = "Demo data INCOMPLETE";
    private static volatile KraftBroker broker;

    /** The launcher's state folder: its logs, and the pids of the services it started. */
    static Path stateDir() {
        return Path.of(System.getProperty("e2e.state-dir", "target/e2e-state")).toAbsolutePath();
    }

    /** The platform's broker, or null when the platform is external. */
    static KraftBroker broker() {
        return broker;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (Boolean.getBoolean("e2e.external")) {
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Launcher.class, k -> Launcher.start(), Launcher.class);
    }

    static final class Launcher implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Process process;

        private Launcher(Process process) {
            this.process = process;
        }

        static Launcher start() {
            broker = KraftBroker.startNew(4);
            Path repo = Path.of(System.getProperty("e2e.repo", "../..")).toAbsolutePath().normalize();
            Path state = stateDir();
            Path log = state.resolveSibling("e2e-launcher.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            try {
                Files.createDirectories(state.getParent());
                Process p = new ProcessBuilder(List.of(java, "-jar",
                        repo.resolve("platform/launcher/target/launcher.jar").toString(),
                        "start", "--fresh", "--state-dir=" + state, "--kafka=" + broker.bootstrapServers(),
                        "--port-base=" + System.getProperty("e2e.port-base", "18080"), "--fast-unsafe-db"))
                        .directory(repo.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
                while (!Files.readString(log).contains(READY)) {
                    if (!p.isAlive()) {
                        throw new IllegalStateException("the launcher exited with " + p.exitValue() + ":\n"
                                + tail(log));
                    }
                    if (System.nanoTime() > deadline) {
                        p.destroy();
                        throw new IllegalStateException("the platform was not up within " + START_TIMEOUT + ":\n"
                                + tail(log));
                    }
                    Thread.sleep(500);
                }
                // the ITs read the demo register, catalogue and dossiers; a platform "up" without them is not
                // the platform a user gets, and a service refusing its own demo data is a finding
                if (Files.readString(log).contains(DEMO_INCOMPLETE)) {
                    p.destroy();
                    throw new IllegalStateException("the launcher could not load the demo data:\n" + tail(log));
                }
                return new Launcher(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** SIGTERM: the launcher's shutdown hook stops the services, Keycloak, Kafka and PostgreSQL. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            broker.close();
        }

        private static String tail(Path log) throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
