package vn.motcua.launcher;

/** Entry point of the launcher jar; the {@code ./mot-cua} script at the repository root runs it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Console.elapsed(); // the clock starts now, not at the first line printed
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("mot-cua: " + e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options));
        } catch (RuntimeException e) {
            Console.error(e.getMessage() == null ? e.toString() : e.getMessage());
            if (Boolean.getBoolean("motcua.debug")) {
                e.printStackTrace();
            }
            // runs the shutdown hook, which stops whatever had started
            System.exit(1);
        }
    }

    private static int run(Options options) {
        if (options.command() == Options.Command.HELP) {
            System.out.println(Options.USAGE);
            return 0;
        }
        RepoLayout repo = RepoLayout.locate();
        StateDir state = new StateDir(options.stateDir().orElse(repo.defaultStateDir()));
        return switch (options.command()) {
            case STOP -> StopCommand.run(state);
            case STATUS -> StatusCommand.run(options, state);
            case RESTART -> RestartCommand.run(options, state);
            case REBUILD -> RebuildCommand.run(options);
            case FOOTPRINT -> FootprintCommand.run(options, state);
            case SCALE -> ScaleCommand.run(options, state);
            case START -> start(options, repo, state);
            case HELP -> throw new AssertionError();
        };
    }

    private static int start(Options options, RepoLayout repo, StateDir state) {
        state.runningLauncher().ifPresent(p -> {
            throw new IllegalStateException("a launcher is already running from " + state.root() + " (pid "
                    + p.pid() + "); ./mot-cua stop ends it");
        });
        var leftovers = Children.stopLeftovers(state);
        if (!leftovers.isEmpty()) {
            Console.warn("stopped processes a killed launcher left behind: " + String.join(", ", leftovers));
        }
        if (options.fresh()) {
            Console.info("wiping " + state.root());
            state.wipe();
        }
        state.create();
        // before anything in this JVM logs: the embedded PostgreSQL and Kafka log here, not on the console
        System.setProperty("org.slf4j.simpleLogger.logFile", state.log("launcher").toString());
        Console.info("mot-cua from " + repo.root() + ", state in " + state.root() + ", Java "
                + Runtime.version() + " (" + System.getProperty("java.home") + ")");
        return new StartCommand(options, repo, state).run();
    }
}
