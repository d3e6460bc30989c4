package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirTest {
    @TempDir
    Path tmp;

    @Test
    void remembersTheLauncherWithItsStartTime() {
        StateDir state = new StateDir(tmp.resolve("state"));
        state.create();

        state.writeLauncher(ProcessHandle.current());

        assertThat(state.readLauncher()).get()
                .extracting(Children.Entry::pid).isEqualTo(ProcessHandle.current().pid());
        assertThat(state.runningLauncher()).contains(ProcessHandle.current());
    }

    @Test
    void aRecordedPidWithAnotherStartTimeIsNotTheLauncher() throws IOException {
        StateDir state = new StateDir(tmp);
        long pid = ProcessHandle.current().pid();
        // our own pid, but started at another moment: a recycled pid after a reboot
        Files.writeString(state.pidFile(), "launcher " + pid + " 12345\n");

        assertThat(state.readLauncher()).isPresent();
        assertThat(state.runningLauncher()).isEmpty();
    }

    @Test
    void aMissingOrGarbledPidFileMeansNoLauncher() throws IOException {
        StateDir state = new StateDir(tmp);
        assertThat(state.runningLauncher()).isEmpty();

        Files.writeString(state.pidFile(), "not a pid");
        assertThat(state.runningLauncher()).isEmpty();
    }

    @Test
    void forgettingTheLauncherRemovesItsPidAndChildren() throws IOException {
        StateDir state = new StateDir(tmp);
        state.writeLauncher(ProcessHandle.current());
        Files.writeString(state.childrenFile(), "keycloak 1 2\n");

        state.forgetLauncher();

        assertThat(state.pidFile()).doesNotExist();
        assertThat(state.childrenFile()).doesNotExist();
    }

    @Test
    void freshStartWipesEverythingUnderTheRoot() throws IOException {
        StateDir state = new StateDir(tmp.resolve("state"));
        state.create();
        Files.createDirectories(state.postgresData().resolve("base"));
        Files.writeString(state.log("keycloak"), "log");
        state.markDemoDataLoaded();

        state.wipe();

        assertThat(state.root()).doesNotExist();
        assertThat(state.demoDataLoaded()).isFalse();
    }

    @Test
    void refusesToWipeTheFilesystemRootOrHome() {
        assertThatThrownBy(() -> new StateDir(Path.of("/")).wipe()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StateDir(Path.of(System.getProperty("user.home"))).wipe())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void demoDataIsLoadedOnce() {
        StateDir state = new StateDir(tmp);
        assertThat(state.demoDataLoaded()).isFalse();

        state.markDemoDataLoaded();

        assertThat(state.demoDataLoaded()).isTrue();
    }

    @Test
    void keepsItsPiecesApart() {
        StateDir state = new StateDir(tmp);
        assertThat(state.postgresData()).isEqualTo(tmp.resolve("pg"));
        assertThat(state.kafkaData()).isEqualTo(tmp.resolve("kafka"));
        assertThat(state.keycloakHome("26.7.3")).isEqualTo(tmp.resolve("keycloak-26.7.3"));
        assertThat(state.log("gateway")).isEqualTo(tmp.resolve("logs/gateway.log"));
    }
}
