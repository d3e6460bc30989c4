package vn.motcua.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The processes a launcher started, written down so that {@code stop} can end them even when the launcher
 * itself was killed with SIGKILL. A pid is trusted only together with its start time, so a recycled pid is
 * never signalled.
 */
final class Children {
    record Entry(String name, long pid, long startMillis) {

        String line() {
            return name + " " + pid + " " + startMillis;
        }

        static Optional<Entry> parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        static Entry of(String name, ProcessHandle p) {
            return new Entry(name, p.pid(), p.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
        }

        /** The live process this entry names, if it is still the same process. */
        Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().startInstant().map(Instant::toEpochMilli).orElse(0L) == startMillis);
        }
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    Children(Path file) {
        this.file = file;
    }

    synchronized void add(String name, ProcessHandle process) {
        entries.add(Entry.of(name, process));
        save();
    }

    synchronized void remove(long pid) {
        entries.removeIf(e -> e.pid() == pid);
        save();
    }

    static List<Entry> read(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readAllLines(file).stream().flatMap(l -> Entry.parse(l).stream()).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops what a launcher killed with SIGKILL left running: its recorded children all at once (with Kafka gone
     * from the dead launcher, each service spends its grace period on a broker that never answers), then the
     * embedded PostgreSQL. Returns their names.
     */
    static List<String> stopLeftovers(StateDir state) {
        Path file = state.childrenFile();
        List<Entry> alive = read(file).stream().filter(e -> e.live().isPresent()).toList();
        alive.parallelStream().forEach(e -> e.live().ifPresent(p -> ChildProcess.stop(p, Duration.ofSeconds(30))));
        List<String> stopped = new ArrayList<>(alive.stream().map(Entry::name).toList());
        Postgres.leftover(state).ifPresent(p -> {
            ChildProcess.stop(p, Duration.ofSeconds(30));
            stopped.add("postgres");
        });
        try {
            Files.deleteIfExists(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return stopped;
    }

    private void save() {
        try {
            Files.write(file, entries.stream().map(Entry::line).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
