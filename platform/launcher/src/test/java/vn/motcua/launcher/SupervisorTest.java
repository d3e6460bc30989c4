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

    /** Routed by the gateway, so a change of its instances restarts the gateway. */
    private static final Service ROUTED = new Service("dossier-service", 1, Optional.empty(), Optional.of("dossiers"),
            Optional.empty());
    private static final Service GATEWAY = new Service("gateway", 2, Optional.empty(), Optional.empty(),
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

    @Test
    void aScaleRequestStartsASecondInstanceAndAnotherStopsItAfterRestartingTheGateway() {
        Supervisor sup = supervisor();
        sup.start(ROUTED);
        ProcessHandle gateway = sup.start(GATEWAY).handle();

        state.requestScale("dossier-service", 2);
        sup.tick();

        assertThat(state.scaleRequest("dossier-service")).doesNotExist();
        assertThat(sup.names()).containsExactly("dossier-service", "gateway", "dossier-service-2");
        ChildProcess second = sup.process("dossier-service-2").orElseThrow();
        assertThat(second.alive()).isTrue();
        assertThat(second.log()).isEqualTo(state.log("dossier-service-2"));
        assertThat(Children.read(state.childrenFile())).extracting(Children.Entry::name)
                .containsExactly("dossier-service", "gateway", "dossier-service-2");

        state.requestScale("dossier-service", 1);
        sup.tick();

        assertThat(second.alive()).isFalse();
        assertThat(sup.names()).containsExactly("dossier-service", "gateway");
        assertThat(gateway.isAlive()).as("restarted without the route to the second instance").isFalse();
        assertThat(sup.process("gateway").orElseThrow().alive()).isTrue();
        assertThat(Children.read(state.childrenFile())).extracting(Children.Entry::name)
                .containsExactlyInAnyOrder("dossier-service", "gateway");
    }

    @Test
    void stopAllStopsASecondInstanceToo() {
        Supervisor sup = supervisor();
        sup.start(DOSSIER);
        state.requestScale("dossier-service", 2);
        sup.tick();
        ChildProcess second = sup.process("dossier-service-2").orElseThrow();

        sup.stopAll(List.copyOf(sup.names()));

        assertThat(second.alive()).isFalse();
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
