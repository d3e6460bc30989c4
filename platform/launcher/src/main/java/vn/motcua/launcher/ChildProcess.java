package vn.motcua.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A program the launcher started, its output appended to a log file. Closing it stops it and its children. */
final class ChildProcess implements AutoCloseable {
    private static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;
    private final Duration stopGrace;

    private ChildProcess(String name, Process process, Path log, Duration stopGrace) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopGrace = stopGrace;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().putAll(env);
            // a JVM recording its AOT cache writes it as it stops: killed after 30 s, it would leave none
            Duration grace = AotCache.records(command) ? AotCache.RECORDING_STOP_GRACE : DEFAULT_STOP_GRACE;
            return new ChildProcess(name, pb.start(), log, grace);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exit code of a process that ended, or -1 while it runs. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    Path log() {
        return log;
    }

    /** The last lines of the log, to show why a process died without sending the user to look for it. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop(handle(), stopGrace);
    }

    /**
     * Asks the process and its descendants to stop (SIGTERM), then kills what is left after {@code grace}.
     * Descendants matter for kc.sh: a shell whose java child keeps running if only the shell is signalled.
     */
    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = Stream.concat(root.descendants(), Stream.of(root)).toList();
        all.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
