package vn.motcua.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code status}: what answers where, whoever started it, and how much memory the launcher's processes use. */
final class StatusCommand {
    private StatusCommand() {
    }

    static int run(Options options, StateDir state) {
        Endpoints e = Endpoints.of(options);
        Optional<ProcessHandle> launcher = state.runningLauncher();
        System.out.println("launcher            " + launcher.map(p -> "running, pid " + p.pid())
                .orElse("not running") + "   (state " + state.root() + ")");
        System.out.println(line("PostgreSQL", e.postgresUrl(), reachable(hostPort(e.postgresUrl()))));
        System.out.println(line("Kafka", e.kafka(), reachable(e.kafka().split(",")[0])));
        System.out.println(line("Keycloak", e.keycloakUrl(),
                Http.status(Keycloak.readinessUrl(e.keycloakUrl())) == 200 ? "up, realm " + Keycloak.REALM : "down"));
        List<Children.Entry> children = Children.read(state.childrenFile());
        for (Service s : instances(e.services(), children)) {
            int status = Http.status(s.readinessUrl());
            System.out.println(line(s.name(), s.url(),
                    status == 200 ? "ready" : status < 0 ? "down" : "not ready (HTTP " + status + ")"));
        }
        System.out.println("demo data           " + (state.demoDataLoaded() ? "loaded" : "not loaded yet"));
        Children.read(state.childrenFile()).stream().filter(c -> c.live().isPresent())
                .forEach(c -> System.out.println(String.format("%-19s pid %d", c.name(), c.pid())));
        launcher.ifPresent(p -> printMemory(p, options, state));
        return 0;
    }

    /** Every service, each followed by its second instance if the launcher runs one ({@code ./mot-cua scale}). */
    static List<Service> instances(List<Service> services, List<Children.Entry> children) {
        return services.stream().flatMap(s -> s.name().equals("gateway") || ScaleCommand.instances(children, s) == 1
                ? Stream.of(s) : Stream.of(s, s.instance(2))).toList();
    }

    /** Resident memory of each process with its children (kc.sh's java, PostgreSQL's backends), from /proc. */
    private static void printMemory(ProcessHandle launcher, Options options, StateDir state) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put(options.embeddedKafka() ? "launcher (Kafka)" : "launcher", launcher);
        Children.read(state.childrenFile()).forEach(c -> c.live().ifPresent(p -> processes.put(c.name(), p)));
        Postgres.leftover(state).ifPresent(p -> processes.put("postgres", p));
        System.out.println("\nmemory (RSS, with child processes)");
        long total = 0;
        for (var entry : processes.entrySet()) {
            ProcessHandle p = entry.getValue();
            // the launcher's descendants are the other rows
            long kb = p.equals(launcher) ? rssKb(p)
                    : Stream.concat(Stream.of(p), p.descendants()).mapToLong(StatusCommand::rssKb).sum();
            total += kb;
            System.out.printf("  %-19s %6d MB%n", entry.getKey(), kb / 1024);
        }
        System.out.printf("  %-19s %6d MB%n", "total", total / 1024);
    }

    private static long rssKb(ProcessHandle p) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String line(String name, String where, String state) {
        return String.format("%-19s %-36s %s", name, where, state);
    }

    /** {@code jdbc:postgresql://host:port} to {@code host:port}. */
    private static String hostPort(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
    }

    private static String reachable(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))), 500);
            return "up";
        } catch (IOException | RuntimeException ex) {
            return "down";
        }
    }
}
