package vn.motcua.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code restart <service>}: asks the launcher running from this state folder to stop one service and start
 * it again (a request file its supervisor picks up), then waits until the service is ready.
 */
final class RestartCommand {
    private static final Duration PICKUP = Duration.ofSeconds(30);
    private static final Duration READY = Duration.ofMinutes(3);

    private RestartCommand() {
    }

    static int run(Options options, StateDir state) {
        String name = options.service().orElseThrow();
        if (state.runningLauncher().isEmpty()) {
            throw new IllegalStateException("no launcher is running from " + state.root()
                    + " (./mot-cua start starts one; give restart the same --state-dir)");
        }
        if (Children.read(state.childrenFile()).stream().noneMatch(c -> c.name().equals(name))) {
            throw new IllegalStateException("the launcher running from " + state.root() + " did not start " + name
                    + " (was its port taken, or its jar not built?); ./mot-cua status shows what runs");
        }
        Service service = Service.named(options.ports(), name).orElseThrow();
        state.requestRestart(name);
        Console.info("asked the launcher to restart " + name);
        Instant pickedUpBy = Instant.now().plus(PICKUP);
        while (Files.exists(state.restartRequest(name))) {
            if (Instant.now().isAfter(pickedUpBy)) {
                StateDir.delete(state.restartRequest(name));
                throw new IllegalStateException("the launcher did not take the restart of " + name + " within "
                        + PICKUP.toSeconds() + " s; see its console");
            }
            Http.sleep(Duration.ofMillis(200));
        }
        if (!Http.awaitOk(service.readinessUrl(), READY, () -> true)) {
            throw new IllegalStateException(name + " was restarted but not ready on " + service.readinessUrl()
                    + " after " + READY.toMinutes() + " min; see " + state.log(name));
        }
        Console.info(name + " restarted and ready on :" + service.port());
        return 0;
    }
}
