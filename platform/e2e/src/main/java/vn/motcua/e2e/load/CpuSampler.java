package vn.motcua.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a phase's CPU went, from Linux's {@code /proc}: the whole machine's busy share of its cores, and each of the
 * launcher's processes with its descendants (Keycloak's shell and its java, PostgreSQL's backends) as a share of one
 * core, plus the harness itself, which loads the same cores. On a machine of two cores this says what bounds a
 * phase: a machine near 100 % busy is CPU-bound, whatever a second instance could do; busy with processes other
 * than the platform's, it measures the neighbours. A process that starts or ends between two snapshots counts
 * only its share inside them. Off Linux it says nothing.
 */
final class CpuSampler {
    static final String LAUNCHER = "launcher (Kafka)";

    /** {@code USER_HZ}: the unit of {@code /proc}'s CPU times, 100 on every Linux the JDK runs on. */
    static final int TICKS_PER_SECOND = 100;

    /** The processes to follow, by name: roots whose descendants count with them; read again at each snapshot. */
    private final Supplier<Map<String, Long>> roots;

    CpuSampler(Supplier<Map<String, Long>> roots) {
        this.roots = roots;
    }

    /**
     * The processes of the launcher running from {@code stateDir}, as they are at each snapshot (a scale restarts
     * the gateway under a new pid): its children ({@code children.pids}: name, pid, start), the launcher itself
     * (which runs the embedded Kafka), PostgreSQL ({@code pg/postmaster.pid}), and this harness.
     */
    static CpuSampler ofLauncher(Path stateDir) {
        return new CpuSampler(() -> roots(stateDir));
    }

    private static Map<String, Long> roots(Path stateDir) {
        Map<String, Long> roots = new LinkedHashMap<>();
        lines(stateDir.resolve("children.pids")).forEach(l -> entry(l).ifPresent(e -> roots.put(e.getKey(), e.getValue())));
        lines(stateDir.resolve("launcher.pid")).forEach(l -> entry(l).ifPresent(e -> roots.put(LAUNCHER,
                e.getValue())));
        lines(stateDir.resolve("pg/postmaster.pid")).stream().findFirst()
                .filter(l -> l.trim().matches("[0-9]+")).ifPresent(l -> roots.put("postgres", Long.parseLong(l.trim())));
        roots.put("load harness", ProcessHandle.current().pid());
        return roots;
    }

    /** CPU times at one moment, in ticks. */
    record Snapshot(long nanos, long machineBusy, long machineAll, Map<String, Long> byName) {
    }

    Snapshot take() {
        Map<Long, long[]> processes = processes(); // pid -> {ppid, ticks}
        Map<String, Long> byName = new LinkedHashMap<>();
        roots.get().forEach((name, root) -> byName.put(name, ticks(root, !name.equals(LAUNCHER), processes)));
        long[] machine = machine(firstLine(Path.of("/proc/stat")));
        return new Snapshot(System.nanoTime(), machine[0], machine[1], byName);
    }

    /**
     * {@code machine 97 % busy of 2 cores; of one core: dossier-service 71 %, gateway 38 %, ..., everything else
     * 20 %}: each process's CPU between the two snapshots as a share of one core, the busiest first, those under 2 %
     * left out, and what the rest of the machine used (other programs: on a shared machine, the neighbours).
     */
    static String between(Snapshot a, Snapshot b, int cores) {
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        long all = b.machineAll() - a.machineAll();
        String machine = all <= 0 ? "machine ?" : String.format(Locale.ROOT, "machine %.0f %% busy of %d cores",
                100.0 * (b.machineBusy() - a.machineBusy()) / all, cores);
        List<String> parts = new ArrayList<>();
        List<Map.Entry<String, Double>> shares = b.byName().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), 100.0 * (e.getValue() - a.byName().getOrDefault(e.getKey(), 0L))
                        / TICKS_PER_SECOND / seconds))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        shares.stream().filter(e -> e.getValue() >= 2)
                .forEach(e -> parts.add(String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), e.getValue())));
        if (all > 0) {
            double busy = 100.0 * cores * (b.machineBusy() - a.machineBusy()) / all;
            double ours = shares.stream().mapToDouble(Map.Entry::getValue).sum();
            parts.add(String.format(Locale.ROOT, "everything else %.0f %%", Math.max(0, busy - ours)));
        }
        return machine + "; of one core: " + String.join(", ", parts);
    }

    /**
     * The CPU of a phase's rounds, summed over pairs of snapshots (a phase runs in rounds alternating with another):
     * what each process and the whole machine spent on it, to be divided by the operations it made.
     */
    static final class Usage {
        private final Map<String, Long> ticks = new LinkedHashMap<>();
        private long machineBusy;

        void add(Snapshot a, Snapshot b) {
            machineBusy += b.machineBusy() - a.machineBusy();
            b.byName().forEach((name, t) -> ticks.merge(name, t - a.byName().getOrDefault(name, 0L), Long::sum));
        }

        /**
         * {@code CPU per dossier: machine 12.1 ms; dossier-service 2.6 ms, evaluation-service 3.4 ms, ...}: the
         * machine's busy time (all cores) and each process's, the busiest first, those under 0.05 ms left out. At
         * {@code c} cores, the machine's figure times the rate is at most {@code c} seconds per second: the share of
         * each process says what bounds the rate.
         */
        String perOperation(long operations, String unit) {
            if (operations <= 0) {
                return "CPU per " + unit + ": none measured";
            }
            double msPerTick = 1000.0 / TICKS_PER_SECOND;
            List<String> parts = ticks.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() * msPerTick / operations))
                    .filter(e -> e.getValue() >= 0.05)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue()))
                    .toList();
            return String.format(Locale.ROOT, "CPU per %s: machine %.1f ms; %s", unit,
                    machineBusy * msPerTick / operations, String.join(", ", parts));
        }
    }

    /**
     * {@code /proc/<pid>/stat}: the parent pid and user + system ticks, or empty. The command (field 2) is in
     * parentheses and may hold spaces and parentheses itself, so fields are counted after its last ')'.
     */
    static Optional<long[]> parentAndTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return Optional.empty();
        }
        String[] f = stat.substring(close + 2).trim().split("\\s+");
        // after the command: state(3) ppid(4) ... utime(14) stime(15), so f[0] is field 3
        if (f.length < 13) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The first line of {@code /proc/stat}: busy ticks (all but idle and iowait) and all ticks of every core. */
    static long[] machine(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long all = 0;
        long idle = 0;
        for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
            long v = Long.parseLong(f[i]);
            all += v;
            if (i == 4 || i == 5) {
                idle += v;
            }
        }
        return new long[] {all - idle, all};
    }

    /**
     * A process's ticks, with its descendants' if {@code withDescendants}: the launcher's descendants are the other
     * rows (the services, Keycloak, PostgreSQL), so it counts alone.
     */
    static long ticks(long root, boolean withDescendants, Map<Long, long[]> processes) {
        long[] p = processes.get(root);
        long sum = p == null ? 0 : p[1];
        if (withDescendants) {
            for (var e : processes.entrySet()) {
                if (e.getValue()[0] == root && e.getKey() != root) {
                    sum += ticks(e.getKey(), true, processes);
                }
            }
        }
        return sum;
    }

    private static Map<Long, long[]> processes() {
        Map<Long, long[]> all = new HashMap<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            dirs.filter(d -> d.getFileName().toString().matches("[0-9]+")).forEach(d -> {
                String stat = firstLine(d.resolve("stat"));
                parentAndTicks(stat).ifPresent(p -> all.put(Long.parseLong(d.getFileName().toString()), p));
            });
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not readable: nothing to say
        }
        return all;
    }

    private static Optional<Map.Entry<String, Long>> entry(String line) {
        String[] f = line.trim().split("\\s+");
        return f.length == 3 && f[1].matches("[0-9]+") ? Optional.of(Map.entry(f[0], Long.parseLong(f[1])))
                : Optional.empty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String firstLine(Path file) {
        try {
            List<String> l = Files.readAllLines(file);
            return l.isEmpty() ? "" : l.getFirst();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
