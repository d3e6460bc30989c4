package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildrenTest {
    @TempDir
    Path tmp;

    @Test
    void recordsEachChildWithItsStartTime() {
        Children children = new Children(tmp.resolve("children.pids"));
        children.add("self", ProcessHandle.current());
        children.add("parent", ProcessHandle.current().parent().orElseThrow());

        List<Children.Entry> read = Children.read(tmp.resolve("children.pids"));

        assertThat(read).extracting(Children.Entry::name).containsExactly("self", "parent");
        assertThat(read.getFirst().live()).contains(ProcessHandle.current());

        children.remove(ProcessHandle.current().pid());
        assertThat(Children.read(tmp.resolve("children.pids"))).extracting(Children.Entry::name)
                .containsExactly("parent");
    }

    @Test
    void ignoresLinesItDidNotWrite() {
        assertThat(Children.Entry.parse("")).isEmpty();
        assertThat(Children.Entry.parse("keycloak abc 1")).isEmpty();
        assertThat(Children.Entry.parse("keycloak 42 1700000000000"))
                .contains(new Children.Entry("keycloak", 42, 1700000000000L));
    }

    @Test
    void stopsLeftoversOfAKilledLauncher() throws Exception {
        StateDir state = new StateDir(tmp);
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        new Children(state.childrenFile()).add("sleeper", sleeper.toHandle());

        List<String> stopped = Children.stopLeftovers(state);

        assertThat(stopped).containsExactly("sleeper");
        assertThat(sleeper.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(state.childrenFile()).doesNotExist();
    }

    @Test
    void stoppingAProcessAlsoStopsWhatItStarted() throws Exception {
        // like kc.sh: a shell that keeps a child running
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
        Thread.sleep(300);
        List<ProcessHandle> descendants = shell.toHandle().descendants().toList();
        assertThat(descendants).isNotEmpty();

        ChildProcess.stop(shell.toHandle(), Duration.ofSeconds(5));

        assertThat(shell.isAlive()).isFalse();
        assertThat(descendants).noneMatch(ProcessHandle::isAlive);
    }
}
