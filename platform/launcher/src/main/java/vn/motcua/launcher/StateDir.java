package vn.motcua.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The launcher's folder: data of the embedded infrastructure, logs, and what it must remember between runs
 * (its pid, the child processes, whether the demo data is loaded).
 */
record StateDir(Path root) {

    StateDir {
        root = root.toAbsolutePath().normalize();
    }

    Path postgresData() {
        return root.resolve("pg");
    }

    Path kafkaData() {
        return root.resolve("kafka");
    }

    /** Keycloak keeps its H2 database inside its own distribution folder, so the whole folder is state. */
    Path keycloakHome(String version) {
        return root.resolve("keycloak-" + version);
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path pidFile() {
        return root.resolve("launcher.pid");
    }

    /** Children that outlive a launcher killed with SIGKILL, so that {@code stop} can still end them. */
    Path childrenFile() {
        return root.resolve("children.pids");
    }

    /** Written by {@code ./mot-cua restart <service>}, read and deleted by the running launcher's supervisor. */
    Path restartRequest(String service) {
        return root.resolve("restart-" + service + ".request");
    }

    void requestRestart(String service) {
        write(restartRequest(service), "asked at " + java.time.Instant.now() + "\n");
    }

    /**
     * Written by {@code ./mot-cua scale <service> --instances=N} (the number of instances wanted), read and deleted
     * by the running launcher's supervisor.
     */
    Path scaleRequest(String service) {
        return root.resolve("scale-" + service + ".request");
    }

    void requestScale(String service, int instances) {
        write(scaleRequest(service), instances + "\n");
    }

    /** The number a scale request asks for, or empty if there is none or it is not a number. */
    Optional<Integer> scaleRequested(String service) {
        try {
            Path file = scaleRequest(service);
            return Files.exists(file) ? Optional.of(Integer.parseInt(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Path demoDataMarker() {
        return root.resolve("demo-data.loaded");
    }

    void create() {
        try {
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes everything under the root, and the root itself. Refuses paths that cannot be a state folder. */
    void wipe() {
        if (root.getParent() == null || root.equals(Path.of(System.getProperty("user.home")).toAbsolutePath())) {
            throw new IllegalStateException("refusing to wipe " + root);
        }
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(StateDir::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pid and start time: a pid alone may belong to another program after a reboot. */
    void writeLauncher(ProcessHandle launcher) {
        write(pidFile(), Children.Entry.of("launcher", launcher).line() + "\n");
    }

    Optional<Children.Entry> readLauncher() {
        try {
            return Files.exists(pidFile()) ? Children.Entry.parse(Files.readString(pidFile())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The launcher recorded here, if that very process is still running. */
    Optional<ProcessHandle> runningLauncher() {
        return readLauncher().flatMap(Children.Entry::live);
    }

    void forgetLauncher() {
        delete(pidFile());
        delete(childrenFile());
    }

    boolean demoDataLoaded() {
        return Files.exists(demoDataMarker());
    }

    void markDemoDataLoaded() {
        write(demoDataMarker(), "loaded through the services' APIs; delete this file to load it again\n");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
