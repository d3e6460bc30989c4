package vn.motcua.e2e.load;

import java.util.HashMap;
import java.util.Map;
import vn.motcua.e2e.Endpoints;

/**
 * The benchmark's options. {@code --quick} only changes the defaults (a short run: fewer dossiers, reads and
 * warm-up); an option given explicitly wins whatever its place on the line. Anything else is refused with the usage.
 *
 * @param portBase the launcher's {@code --port-base}, or 0 for its default ports (gateway 8080, PostgreSQL 55432,
 *                 Kafka 19092)
 * @param scaleOut run the scale-out measurement ({@link ScaleOut}) instead of the benchmark
 * @param stateDir the launcher's {@code --state-dir}: the processes whose CPU the benchmark follows, and what
 *                 {@code --scale-out} gives to {@code ./mot-cua scale}
 */
record LoadOptions(int dossiers, int reads, int clients, int warmup, int portBase, String postgresUser,
                   String postgresPassword, boolean quick, boolean scaleOut, String stateDir) {

    static final String USAGE = """
            ./mot-cua load [options]   the benchmark, against a platform started with ./mot-cua start: references
                                       (raw PostgreSQL transactions, raw Kafka) and the platform, in one run
              --dossiers=N    measured dossiers per write phase: intake direct and through the gateway, the raw
                              transaction, each lifecycle (400; --quick 100; 1-20000); raw Kafka sends 10x as many
              --reads=N       measured requests per read phase, form II.06b a tenth (1000; --quick 200; 1-100000)
              --clients=N     concurrent clients, each sending its next request when answered (8; 1-64)
              --warmup=N      requests per phase sent first and not measured, for the JIT (300; --quick 50; 0-5000);
                              a lifecycle phase a quarter of them (4 or 5 calls each), form II.06b a tenth
              --quick         a short run (the smaller defaults above)
              --scale-out     instead of the benchmark: intake through the gateway with one, two, then one
                              dossier-service instance again (./mot-cua scale), and reporting- and
                              evaluation-service as two instances in their consumer groups: who holds which
                              partitions, and a burst of --dossiers lifecycles, rebalanced in its middle,
                              counted exactly once; with the CPU of every process in each phase
              --state-dir=DIR the platform's ./mot-cua start --state-dir (default: .state): whose processes' CPU
                              is printed per intake, and what --scale-out gives to ./mot-cua scale
              --port-base=N   the platform of ./mot-cua start --port-base=N (default: the default ports, 8080...)
              --postgres-user=USER, --postgres-password=PASSWORD
                              as given to ./mot-cua start (default: postgres, postgres)
              --help          this text""";

    /** null for {@code --help}. */
    static LoadOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        boolean quick = false;
        boolean scaleOut = false;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "--help" -> {
                    return null;
                }
                case "--quick" -> {
                    if (kv.length == 2) {
                        throw refused("--quick takes no value, got " + a);
                    }
                    quick = true;
                }
                case "--scale-out" -> {
                    if (kv.length == 2) {
                        throw refused("--scale-out takes no value, got " + a);
                    }
                    scaleOut = true;
                }
                case "--dossiers", "--reads", "--clients", "--warmup", "--port-base", "--postgres-user",
                     "--postgres-password", "--state-dir" -> {
                    if (kv.length != 2 || kv[1].isEmpty()) {
                        throw refused(kv[0] + " needs a value: " + kv[0] + "=...");
                    }
                    if (given.put(kv[0], kv[1]) != null) {
                        throw refused(kv[0] + " given twice");
                    }
                }
                default -> throw refused("unknown option " + a);
            }
        }
        return new LoadOptions(
                number(given, "--dossiers", quick ? 100 : 400, 1, 20_000),
                number(given, "--reads", quick ? 200 : 1_000, 1, 100_000),
                number(given, "--clients", 8, 1, 64),
                number(given, "--warmup", quick ? 50 : 300, 0, 5_000),
                given.containsKey("--port-base") ? number(given, "--port-base", 0, 1024, 65_000) : 0,
                given.getOrDefault("--postgres-user", "postgres"),
                given.getOrDefault("--postgres-password", "postgres"),
                quick, scaleOut, given.getOrDefault("--state-dir", ".state"));
    }

    Endpoints endpoints() {
        return portBase == 0 ? Endpoints.local() : Endpoints.fromPortBase(portBase);
    }

    int postgresPort() {
        return portBase == 0 ? 55432 : portBase + 6;
    }

    int kafkaPort() {
        return portBase == 0 ? 19092 : portBase + 7;
    }

    private static int number(Map<String, String> given, String name, int fallback, int min, int max) {
        String v = given.get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.matches("[0-9]{1,6}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw refused(name + " must be a whole number between " + min + " and " + max + ", got " + v);
        }
        return Integer.parseInt(v);
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException(why + "\n" + USAGE);
    }
}
