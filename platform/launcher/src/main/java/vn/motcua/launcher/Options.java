package vn.motcua.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked for on the command line. Empty externals mean "start the embedded one".
 *
 * @param stateDir where the embedded PostgreSQL, Kafka and Keycloak keep their data, and the logs
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
        Optional<String> keycloakUrl) {

    public enum Command { START, STOP, STATUS, HELP }

    public static final String USAGE = """
            Usage: mot-cua <command> [options]

            Commands:
              start [--fresh]      start PostgreSQL, Kafka, Keycloak, the services and demo data; Ctrl-C stops all
              stop                 stop a launcher running in another terminal
              status               show what is running
              test                 run every test: ./mvnw -B verify on a JDK >= 21 (end-to-end tests included)
              load [--dossiers=N --clients=N --warmup=N]
                                   the load harness, against a platform already started
              jdk                  print the JDK the script uses

            Options:
              --fresh                          wipe the state directory first (databases, Kafka, Keycloak, logs)
              --state-dir=DIR                  default: <repo>/.state
              --no-demo-data                   do not load the demo procedures and dossiers
              --postgres-url=jdbc:postgresql://HOST:PORT   use this PostgreSQL instead of the embedded one
              --postgres-user=USER             default: postgres
              --postgres-password=PASSWORD     default: postgres
              --kafka=HOST:PORT                use this Kafka instead of the embedded broker
              --keycloak-url=http://HOST:PORT  use this Keycloak (realm mot-cua imported) instead of starting one

            The ./mot-cua script also takes --rebuild (build everything first) and --no-build (run what is built).
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message fit for the user. */
    public static Options parse(String... args) {
        if (args.length == 0) {
            return new Options(Command.HELP, false, true, Optional.empty(), Optional.empty(), "postgres",
                    "postgres", Optional.empty(), Optional.empty());
        }
        Command command = command(args[0]);
        boolean fresh = false;
        boolean demoData = true;
        Path stateDir = null;
        String postgresUrl = null;
        String postgresUser = "postgres";
        String postgresPassword = "postgres";
        String kafka = null;
        String keycloakUrl = null;
        for (int i = 1; i < args.length; i++) {
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
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (fresh && command != Command.START) {
            throw new IllegalArgumentException("--fresh goes with start");
        }
        return new Options(command, fresh, demoData, Optional.ofNullable(stateDir), Optional.ofNullable(postgresUrl),
                postgresUser, postgresPassword, Optional.ofNullable(kafka), Optional.ofNullable(keycloakUrl));
    }

    private static Command command(String arg) {
        return switch (arg) {
            case "start" -> Command.START;
            case "stop" -> Command.STOP;
            case "status" -> Command.STATUS;
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
