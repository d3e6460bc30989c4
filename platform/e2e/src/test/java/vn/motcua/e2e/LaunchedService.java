package vn.motcua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A service of the platform the ITs started, found by name in that launcher's own state folder
 * ({@code children.pids}: name, pid, start time), never by searching the machine's processes: another
 * checkout's platform on the same machine is not touched. The launcher supervises its services, so a service
 * killed here comes back on its own, as Kubernetes would restart a crashed pod.
 */
final class LaunchedService {
    private static final Duration BACK_WITHIN = Duration.ofMinutes(3);

    private final String name;
    private final ProcessHandle handle;

    private LaunchedService(String name, ProcessHandle handle) {
        this.name = name;
        this.handle = handle;
    }

    /** The named service as the launcher recorded it; the start time guards against a recycled pid. */
    static LaunchedService find(Path stateDir, String name) {
        return running(stateDir, name).map(h -> new LaunchedService(name, h)).orElseThrow(() ->
                new IllegalStateException("no running " + name + " in " + stateDir.resolve("children.pids")));
    }

    /** SIGKILL: no shutdown hook, no graceful close; whatever was in flight is cut. */
    void kill() {
        handle.destroyForcibly();
        handle.onExit().join();
    }

    /** Waits until the launcher has started it again (a new pid) and it answers ready. */
    void awaitRestarted(Path stateDir, Api api, String readyUrl) throws InterruptedException {
        Instant deadline = Instant.now().plus(BACK_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            boolean newProcess = running(stateDir, name).filter(h -> h.pid() != handle.pid()).isPresent();
            if (newProcess && ready(api, readyUrl)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not restarted by the launcher and ready at " + readyUrl
                + " within " + BACK_WITHIN.toMinutes() + " min; see " + stateDir.resolve("logs/" + name + ".log"));
    }

    private static boolean ready(Api api, String url) {
        try {
            return api.get(url, null).status() == 200;
        } catch (UncheckedIOException notYet) {
            return false; // connection refused while it starts
        }
    }

    private static Optional<ProcessHandle> running(Path stateDir, String name) {
        Path file = stateDir.resolve("children.pids");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream()
                    .map(l -> l.trim().split("\\s+"))
                    .filter(f -> f.length == 3 && f[0].equals(name))
                    .flatMap(f -> ProcessHandle.of(Long.parseLong(f[1]))
                            .filter(ProcessHandle::isAlive)
                            .filter(h -> h.info().startInstant().map(Instant::toEpochMilli).orElse(0L)
                                    == Long.parseLong(f[2]))
                            .stream())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
