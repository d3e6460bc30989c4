package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor with real processes ({@code sleep}) standing in for the services. */
class SupervisorTest {
    // a port nothing listens on: the "ready again" probe after a restart finds nothing, which is fine here
    private static final Service DOSSIER = new Service("dossier-service", 1, Optional.empty(), Optional.empty(),
            Optional.empty());

    @TempDir
    Path tmp;
    private StateDir state;
    private Supervisor supervisor;

    private Supervisor supervisor() {
        state = new StateDir(tmp);
        state.create();
        supervisor = new Supervisor(state, new Children(state.childrenFile()), s -> ChildProcess.start(s.name(),
                List.of("sleep", "60"), java.util.Map.of(), tmp, state.log(s.name())));
        return supervisor;
    }

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.stopAll(List.copyOf(supervisor.names()));
        }
    }

    @Test
    void aServiceKilledFromOutsideIsStartedAgainAndRecordedUnderItsNewPid() {
        Supervisor sup = supervisor();
        ProcessHandle first = sup.start(DOSSIER).handle();

        first.destroyForcibly();
        ticksUntil(sup, () -> sup.process("dossier-service").orElseThrow().alive()
                && sup.process("dossier-service").orElseThrow().handle().pid() != first.pid());

        long now = sup.process("dossier-service").orElseThrow().handle().pid();
        assertThat(Children.read(state.childrenFile())).extracting(Children.Entry::pid).containsExactly(now);
    }

    @Test
    void aRestartRequestStopsTheRunningProcessAndStartsANewOne() {
        Supervisor sup = supervisor();
        ProcessHandle first = sup.start(DOSSIER).handle();

        state.requestRestart("dossier-service");
        sup.tick();

        assertThat(first.isAlive()).isFalse();
        assertThat(sup.process("dossier-service").orElseThrow().alive()).isTrue();
        assertThat(state.restartRequest("dossier-service")).doesNotExist();
    }

    @Test
    void afterStopNothingIsStartedAgain() {
        Supervisor sup = supervisor();
        ChildProcess p = sup.start(DOSSIER);

        sup.stopAll(List.of("dossier-service"));
        sup.tick();
        Http.sleep(Duration.ofMillis(1500));
        sup.tick();

        assertThat(p.alive()).isFalse();
        assertThat(sup.process("dossier-service").orElseThrow()).isSameAs(p);
        assertThat(Children.read(state.childrenFile())).isEmpty();
    }

    private static void ticksUntil(Supervisor sup, BooleanSupplier done) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("restarted within 10 s").isBefore(deadline);
            sup.tick();
            Http.sleep(Duration.ofMillis(100));
        }
    }
}
