package vn.motcua.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code stop}: asks a launcher running elsewhere to shut down, as Ctrl-C would, and waits for it. */
final class StopCommand {
    private static final Duration GRACE = Duration.ofMinutes(5);

    private StopCommand() {
    }

    static int run(StateDir state) {
        Optional<ProcessHandle> launcher = state.runningLauncher();
        if (launcher.isPresent()) {
            ProcessHandle p = launcher.get();
            Console.info("stopping the launcher (pid " + p.pid() + ")");
            // SIGTERM runs the launcher's shutdown hook, which stops its children in reverse order
            p.destroy();
            try {
                p.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                Console.warn("the launcher did not stop within " + GRACE.toMinutes() + " min; killing it");
                p.destroyForcibly();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else {
            Console.info("no launcher is running from " + state.root());
        }
        // a launcher killed with SIGKILL left its children behind: end them too
        List<String> leftovers = Children.stopLeftovers(state);
        if (!leftovers.isEmpty()) {
            Console.info("stopped processes left behind: " + String.join(", ", leftovers));
        }
        state.forgetLauncher();
        Console.info("stopped");
        return 0;
    }
}
