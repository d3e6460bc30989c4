package vn.motcua.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code footprint}: each service's start time and idle memory against the targets, beside an idle
 * JVM measured in the same run.
 *
 * <p>It restarts the services of a running launcher one at a time (the same request {@code restart} makes),
 * rather than starting copies of its own: each is then measured with the very command line, databases,
 * broker and realm the platform gives it, and alone, not while four other JVMs start on the same cores
 * (which is what the start of the whole platform measures, and why those figures were 25 to 70 s). The time is
 * the process' age, from {@code /proc/<pid>/stat}, when its readiness probe first answers 200; the memory is
 * VmRSS {@link #SETTLE} later.
 */
final class FootprintCommand {
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);
    /** The restart waits for a service that records its AOT cache to write it ({@link AotCache}). */
    private static final Duration PICKUP = AotCache.RECORDING_STOP_GRACE.plusSeconds(60);
    private static final Duration READY = Duration.ofMinutes(3);

    private FootprintCommand() {
    }

    static int run(Options options, StateDir state) {
        if (state.runningLauncher().isEmpty()) {
            throw new IllegalStateException("no launcher is running from " + state.root() + " (./mot-cua start "
                    + "starts one; give footprint the same --state-dir and --port-base)");
        }
        Console.info("footprint: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + loadAverage() + ", Java " + Runtime.version() + ", JVM options " + ServiceCommand.JVM_OPTIONS
                + ", " + ServiceCommand.jvmEnvironment(System.getenv()));
        Footprint.Row reference = measureIdleJvm();
        List<Footprint.Row> rows = new ArrayList<>();
        for (Service s : Endpoints.of(options).services()) {
            rows.add(measure(s, state));
        }
        System.out.print(Footprint.render(reference, rows));
        return rows.stream().allMatch(Footprint::met) ? 0 : 1;
    }

    private static Footprint.Row measure(Service service, StateDir state) {
        Optional<Children.Entry> before = child(state, service.name());
        if (before.isEmpty()) {
            Console.warn(service.name() + " is not running under this launcher; left out");
            return new Footprint.Row(service.name(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        Console.info("restarting " + service.name() + " to time its start");
        state.requestRestart(service.name());
        Instant pickUpBy = Instant.now().plus(PICKUP);
        Optional<Children.Entry> after = Optional.empty();
        while (after.isEmpty()) {
            if (Instant.now().isAfter(pickUpBy)) {
                StateDir.delete(state.restartRequest(service.name()));
                throw new IllegalStateException("the launcher did not restart " + service.name() + " within "
                        + PICKUP.toSeconds() + " s");
            }
            Http.sleep(POLL);
            after = child(state, service.name()).filter(e -> e.pid() != before.get().pid());
        }
        long pid = after.get().pid();
        Optional<Duration> ready = awaitReady(service.readinessUrl(), pid);
        ready.ifPresent(d -> Http.sleep(SETTLE));
        Optional<Long> rss = ProcFs.rssKb(pid);
        Optional<Duration> quarkus = ready.flatMap(d -> Footprint.quarkusStartedIn(tail(state.log(service.name()))));
        Console.info(service.name() + " (pid " + pid + ") ready after " + ready.map(Footprint::seconds)
                .orElse("-") + ", RSS " + rss.map(kb -> kb / 1024 + " MB").orElse("-"));
        return new Footprint.Row(service.name(), ready, quarkus, rss);
    }

    /** The process' age when {@code url} first answers 200, or empty if it died or did not in time. */
    private static Optional<Duration> awaitReady(String url, long pid) {
        Instant deadline = Instant.now().plus(READY);
        while (Instant.now().isBefore(deadline)) {
            if (Http.status(url) == 200) {
                return ProcFs.age(pid);
            }
            if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                return Optional.empty();
            }
            Http.sleep(POLL);
        }
        return Optional.empty();
    }

    /**
     * The reference: {@link IdleJvm} with the services' JVM options and malloc arenas, from the launcher's own
     * jar.
     */
    private static Footprint.Row measureIdleJvm() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceCommand.JVM_OPTIONS);
        command.addAll(List.of("-cp", ownJar(), IdleJvm.class.getName()));
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(ServiceCommand.jvmEnvironment(System.getenv()));
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the reference JVM: " + e.getMessage(), e);
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String port = out.readLine();
            if (port == null) {
                throw new IllegalStateException("the reference JVM exited with " + p.waitFor());
            }
            Optional<Duration> ready = awaitReady("http://localhost:" + port.trim() + "/ready", p.pid());
            Http.sleep(SETTLE);
            Optional<Long> rss = ProcFs.rssKb(p.pid());
            return new Footprint.Row("reference (idle JVM)", ready, Optional.empty(), rss);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the reference JVM's port: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            p.destroy();
        }
    }

    private static String ownJar() {
        try {
            return Path.of(FootprintCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Children.Entry> child(StateDir state, String name) {
        return Children.read(state.childrenFile()).stream().filter(c -> c.name().equals(name))
                .filter(c -> c.live().isPresent()).findFirst();
    }

    /** The log's last 256 kB: enough for the latest start's lines, whatever the log grew to before. */
    private static String tail(Path log) {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, f.length() - 256 * 1024);
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
