package vn.motcua.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything started so far, stopped in reverse order: services before Keycloak, Kafka and PostgreSQL, so no
 * service loses its database or broker while it is still draining its outbox.
 */
final class Shutdown {
    private record Step(String name, AutoCloseable action) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean closed;

    synchronized void push(String name, AutoCloseable action) {
        if (closed) {
            throw new IllegalStateException("shutting down");
        }
        steps.push(new Step(name, action));
    }

    /** Runs every step once, newest first; a failing step is reported and does not stop the others. */
    synchronized void closeAll() {
        closed = true;
        while (!steps.isEmpty()) {
            Step step = steps.pop();
            Console.info("stopping " + step.name());
            try {
                step.action().close();
            } catch (Exception e) {
                Console.warn("could not stop " + step.name() + ": " + e);
            }
        }
    }
}
