package vn.motcua.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** {@code status}: what answers where, whoever started it. */
final class StatusCommand {
    private StatusCommand() {
    }

    static int run(Options options, StateDir state) {
        Endpoints e = Endpoints.of(options);
        System.out.println("launcher            " + state.runningLauncher().map(p -> "running, pid " + p.pid())
                .orElse("not running") + "   (state " + state.root() + ")");
        System.out.println(line("PostgreSQL", e.postgresUrl(), reachable(hostPort(e.postgresUrl()))));
        System.out.println(line("Kafka", e.kafka(), reachable(e.kafka().split(",")[0])));
        System.out.println(line("Keycloak", e.keycloakUrl(),
                Http.status(Keycloak.readinessUrl(e.keycloakUrl())) == 200 ? "up, realm " + Keycloak.REALM : "down"));
        for (Service s : Service.ALL) {
            int status = Http.status(s.readinessUrl());
            System.out.println(line(s.name(), s.url(),
                    status == 200 ? "ready" : status < 0 ? "down" : "not ready (HTTP " + status + ")"));
        }
        System.out.println("demo data           " + (state.demoDataLoaded() ? "loaded" : "not loaded yet"));
        return 0;
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
