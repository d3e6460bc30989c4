package vn.motcua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service process of the running platform, found by its jar, that a test kills the hard way ({@code kill -9})
 * and starts again with the same command line and environment, as Kubernetes would restart a crashed pod.
 * Linux only: it reads {@code /proc}.
 */
final class ServiceProcess {
    /** Processes started by tests, stopped with the platform. */
    static final List<Process> RESTARTED = new CopyOnWriteArrayList<>();

    private final String module;
    private final List<String> command;
    private final Map<String, String> environment;
    private final ProcessHandle handle;

    private ServiceProcess(String module, ProcessHandle handle) {
        this.module = module;
        this.handle = handle;
        this.command = split(read(handle.pid(), "cmdline"));
        this.environment = new HashMap<>();
        for (String kv : split(read(handle.pid(), "environ"))) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                environment.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
    }

    static ServiceProcess find(String module) {
        String jar = module + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                .findFirst()
                .map(p -> new ServiceProcess(module, p))
                .orElseThrow(() -> new IllegalStateException("no running " + module));
    }

    /** SIGKILL: no shutdown hook, no graceful close; whatever was in flight is cut. */
    void kill() throws InterruptedException {
        handle.destroyForcibly();
        handle.onExit().join();
    }

    /** Starts it again and waits until it reports ready. */
    void restart(Api api, String readyUrl, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        RESTARTED.add(pb.start());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (api.get(readyUrl, null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // connection refused while it starts
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(module + " did not come back; see " + log);
    }

    private static String read(long pid, String file) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String nulSeparated) {
        return new ArrayList<>(Arrays.stream(nulSeparated.split("\0")).filter(s -> !s.isEmpty()).toList());
    }
}
