package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    @Test
    void stopsInReverseOrderOfStart() {
        List<String> stopped = new ArrayList<>();
        Shutdown shutdown = new Shutdown();
        for (String name : List.of("postgres", "kafka", "keycloak", "catalog-service", "gateway")) {
            shutdown.push(name, () -> stopped.add(name));
        }

        shutdown.closeAll();

        assertThat(stopped).containsExactly("gateway", "catalog-service", "keycloak", "kafka", "postgres");
    }

    @Test
    void aFailingStepDoesNotKeepTheOthersRunning() {
        List<String> stopped = new ArrayList<>();
        Shutdown shutdown = new Shutdown();
        shutdown.push("postgres", () -> stopped.add("postgres"));
        shutdown.push("keycloak", () -> {
            throw new IllegalStateException("already gone");
        });
        shutdown.push("gateway", () -> stopped.add("gateway"));

        shutdown.closeAll();

        assertThat(stopped).containsExactly("gateway", "postgres");
    }

    @Test
    void runsEachStepOnceAndAcceptsNoNewOnesAfterwards() {
        List<String> stopped = new ArrayList<>();
        Shutdown shutdown = new Shutdown();
        shutdown.push("kafka", () -> stopped.add("kafka"));

        shutdown.closeAll();
        shutdown.closeAll();

        assertThat(stopped).containsExactly("kafka");
        assertThatThrownBy(() -> shutdown.push("late", () -> { })).isInstanceOf(IllegalStateException.class);
    }
}
