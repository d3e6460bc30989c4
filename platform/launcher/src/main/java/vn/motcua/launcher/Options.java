package vn.motcua.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked for on the command line. Empty externals mean "start the embedded one".
 *
 * @param stateDir where the embedded PostgreSQL, Kafka and Keycloak keep their data, and the logs
 * @param ports README's ports, or a block of nine from {@code --port-base}
 * @param fastUnsafeDb PostgreSQL without fsync: for throw-away test platforms only
 * @param service the service {@code restart}, {@code rebuild} or {@code scale} names
 * @param instances how many instances {@code scale} asks for
 */
public record Options(
        Command command,
        boolean fresh,
        boolean demoData,
        Optional<Path> stateDir,
        Optional<String> postgresUrl,
        String postgresUser,
        String postgresPassword,
        Optional<String> kafka,
        Optional<String> keycloakUrl,
        Ports ports,
        boolean fastUnsafeDb,
        Optional<String> service,
        Optional<Integer> instances) {

    public enum Command { START, STOP, STATUS, RESTART, REBUILD, FOOTPRINT, SCALE, HELP }

    public static final String USAGE = """
            Usage: mot-cua <command> [options]

            Commands:
              start [--fresh]      start PostgreSQL, Kafka, Keycloak, the services and demo data; Ctrl-C stops all
              stop                 stop a launcher running in another terminal (and everything it started)
              status               show what is running
              restart SERVICE      stop one service of a running launcher and start it again
                                   (catalog-service, dossier-service, evaluation-service, reporting-service,
                                   gateway); a service that crashes is restarted on its own, after a pause
              scale SERVICE --instances=N
                                   run N (1 or 2) instances of a service of a running launcher (catalog-service,
                                   dossier-service, evaluation-service, reporting-service): the second one on
                                   its port + 10 (--port-base N: catalog N+11, dossier N+12, evaluation N+13,
                                   reporting N+14; default ports 8091-8094), in the same consumer group, which
                                   shares the topics' 6 partitions between the two. The gateway is restarted to
                                   send the service's requests to both in turn (a second or two without it);
                                   stop stops the second instance too, status lists it. Give it the
                                   --port-base and --state-dir the platform was started with
              rebuild SERVICE      throw a service's read model away and build it again from its Kafka topics
                                   (evaluation; the service stays up, its consumers paused meanwhile), then
                                   print the replay's rate beside a raw consumer's over the same records; exits
                                   non-zero if the rebuild failed. Calls POST /q/rebuild on the service's own
                                   port: give it the --port-base the platform was started with
              footprint            restart each service of a running launcher, one at a time, and print its time
                                   from process start to ready and its resident memory (RSS) when idle, against
                                   the targets (under 3 s, under 200 MB), beside an idle JVM started with the same
                                   options; exits non-zero if a target is not met. Give it the --port-base and
                                   --state-dir the platform was started with
              test                 run every test: ./mvnw -B verify on a JDK >= 21 (end-to-end tests included)
              load [--dossiers=N --clients=N --warmup=N --port-base=N]
                                   the load harness, against a platform already started (load --help)
              jdk                  print the JDK the script uses

            Options:
              --fresh                          wipe the state directory first (databases, Kafka, Keycloak, logs)
              --state-dir=DIR                  default: <repo>/.state
              --no-demo-data                   do not load the demo organisation, catalogue and dossiers
              --postgres-url=jdbc:postgresql://HOST:PORT   use this PostgreSQL instead of the embedded one
              --postgres-user=USER             default: postgres
              --postgres-password=PASSWORD     default: postgres
              --kafka=HOST:PORT                use this Kafka instead of the embedded broker
              --keycloak-url=http://HOST:PORT  use this Keycloak (realm mot-cua imported) instead of starting one
              --port-base=N                    a second platform beside the default one: gateway N, catalog N+1,
                                               dossier N+2, evaluation N+3, reporting N+4, Keycloak N+5,
                                               PostgreSQL N+6, Kafka N+7 (controller N+8). Default: gateway 8080,
                                               services 8081-8084, Keycloak 8180, PostgreSQL 55432, Kafka 19092.
                                               Give status, restart and scale the same --port-base, and stop,
                                               status, restart and scale the same --state-dir, as start.
              --fast-unsafe-db                 PostgreSQL with fsync, synchronous_commit and full_page_writes off:
                                               faster, but a crash of the machine may lose or corrupt data. For
                                               throw-away test platforms (the end-to-end tests use it), never for
                                               data you keep

            The ./mot-cua script also takes --rebuild (build everything first) and --no-build (run what is built).
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message fit for the user. */
    public static Options parse(String... args) {
        if (args.length == 0) {
            return new Options(Command.HELP, false, true, Optional.empty(), Optional.empty(), "postgres",
                    "postgres", Optional.empty(), Optional.empty(), Ports.DEFAULT, false, Optional.empty(),
                    Optional.empty());
        }
        Command command = command(args[0]);
        int first = 1;
        String service = null;
        if (command == Command.REBUILD) {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                return parse();
            }
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new IllegalArgumentException("rebuild needs a service: one of " + String.join(", ",
                        RebuildCommand.services()));
            }
            service = RebuildCommand.service(args[1]);
            first = 2;
        }
        if (command == Command.SCALE) {
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new IllegalArgumentException("scale needs a service: one of " + String.join(", ",
                        Service.scalable()));
            }
            service = args[1];
            if (service.equals("gateway")) {
                throw new IllegalArgumentException("the gateway is the platform's one entry point here and is not"
                        + " scaled (two would need a load balancer in front); scale one of " + String.join(", ",
                        Service.scalable()));
            }
            if (!Service.scalable().contains(service)) {
                throw new IllegalArgumentException("no service " + service + "; one of " + String.join(", ",
                        Service.scalable()));
            }
            first = 2;
        }
        if (command == Command.RESTART) {
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new IllegalArgumentException("restart needs a service: one of " + String.join(", ",
                        Service.names()));
            }
            service = args[1];
            if (!Service.names().contains(service)) {
                throw new IllegalArgumentException("no service " + service + "; one of " + String.join(", ",
                        Service.names()));
            }
            first = 2;
        }
        boolean fresh = false;
        boolean demoData = true;
        Path stateDir = null;
        String postgresUrl = null;
        String postgresUser = "postgres";
        String postgresPassword = "postgres";
        String kafka = null;
        String keycloakUrl = null;
        Ports ports = Ports.DEFAULT;
        boolean fastUnsafeDb = false;
        Integer instances = null;
        for (int i = first; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1);
            switch (name) {
                case "--fresh" -> fresh = flag(name, value);
                case "--no-demo-data" -> demoData = !flag(name, value);
                case "--state-dir" -> stateDir = Path.of(required(name, value));
                case "--postgres-url" -> postgresUrl = PostgresUrl.base(required(name, value));
                case "--postgres-user" -> postgresUser = required(name, value);
                case "--postgres-password" -> postgresPassword = required(name, value);
                case "--kafka" -> kafka = hostPort(name, required(name, value));
                case "--keycloak-url" -> keycloakUrl = httpUrl(name, required(name, value));
                case "--port-base" -> ports = Ports.fromBase(number(name, required(name, value)));
                case "--fast-unsafe-db" -> fastUnsafeDb = flag(name, value);
                case "--instances" -> instances = instances(required(name, value));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (fresh && command != Command.START) {
            throw new IllegalArgumentException("--fresh goes with start");
        }
        if (fastUnsafeDb && command != Command.START) {
            throw new IllegalArgumentException("--fast-unsafe-db goes with start");
        }
        if (instances != null && command != Command.SCALE) {
            throw new IllegalArgumentException("--instances goes with scale");
        }
        if (instances == null && command == Command.SCALE) {
            throw new IllegalArgumentException("scale needs --instances=N: 2 starts a second instance of "
                    + service + ", 1 stops it");
        }
        return new Options(command, fresh, demoData, Optional.ofNullable(stateDir), Optional.ofNullable(postgresUrl),
                postgresUser, postgresPassword, Optional.ofNullable(kafka), Optional.ofNullable(keycloakUrl), ports,
                fastUnsafeDb, Optional.ofNullable(service), Optional.ofNullable(instances));
    }

    private static Command command(String arg) {
        return switch (arg) {
            case "start" -> Command.START;
            case "stop" -> Command.STOP;
            case "status" -> Command.STATUS;
            case "restart" -> Command.RESTART;
            case "rebuild" -> Command.REBUILD;
            case "footprint" -> Command.FOOTPRINT;
            case "scale" -> Command.SCALE;
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new IllegalArgumentException("unknown command " + arg);
        };
    }

    private static boolean flag(String name, String value) {
        if (value != null) {
            throw new IllegalArgumentException(name + " takes no value");
        }
        return true;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
        }
        return value;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a number, got " + value);
        }
    }

    /** 1 or 2: the port scheme has room for one more instance of each service (Ports#SECOND_INSTANCE_OFFSET). */
    private static int instances(String value) {
        if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) < 1
                || Integer.parseInt(value) > Service.MAX_INSTANCES) {
            throw new IllegalArgumentException("--instances must be 1 or " + Service.MAX_INSTANCES + " (a second "
                    + "instance answers on its service's port + " + Ports.SECOND_INSTANCE_OFFSET + "; the port "
                    + "scheme has room for no third), got " + value);
        }
        return Integer.parseInt(value);
    }

    private static String hostPort(String name, String value) {
        if (!value.matches("[^:/\\s]+:[0-9]{1,5}(,[^:/\\s]+:[0-9]{1,5})*")) {
            throw new IllegalArgumentException(name + " expects HOST:PORT[,HOST:PORT...], got " + value);
        }
        return value;
    }

    private static String httpUrl(String name, String value) {
        if (!value.matches("https?://[^/\\s]+/?")) {
            throw new IllegalArgumentException(name + " expects http://HOST:PORT, got " + value);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    public boolean embeddedPostgres() {
        return postgresUrl.isEmpty();
    }

    public boolean embeddedKafka() {
        return kafka.isEmpty();
    }

    public boolean embeddedKeycloak() {
        return keycloakUrl.isEmpty();
    }
}
