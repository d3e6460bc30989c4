package vn.motcua.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps a stopping service from turning the events it still receives into dead letters. Quarkus closes Hibernate
 * and the connection pool while the Kafka connector may still hand records to the consumers; each such record then
 * failed ("EntityManagerFactory is closed"), the dead-letter strategy parked it and its offset was committed: its
 * effect was lost for this consumer group (seen with {@code ./mot-cua load --scale-out}, 2 of 400 events when a second
 * instance stopped during a burst).
 *
 * <p>So when shutdown begins (the {@link ShutdownEvent}, before any bean is destroyed) no record is admitted any more,
 * and the shutdown waits, at most {@link #DRAIN}, for the records being applied to finish. A record offered after
 * that is held: its thread waits until the process ends, neither applying nor failing it, so the record is never
 * acknowledged, its offset is not committed, and the group's next member (or this service's next start) receives it
 * again. The inbox makes that redelivery harmless if the record did commit before.
 */
@ApplicationScoped
public class ConsumerShutdown {
    private static final Logger LOG = Logger.getLogger(ConsumerShutdown.class);
    /** Long enough for a batch's province transactions; short beside Kubernetes' 30 s grace period. */
    static final Duration DRAIN = Duration.ofSeconds(10);

    private final Object lock = new Object();
    private boolean stopping;
    private int applying;

    /** Admits a record to be applied, or holds the calling thread for good once the service is stopping. */
    public void enter() {
        synchronized (lock) {
            if (!stopping) {
                applying++;
                return;
            }
        }
        LOG.debug("the service is stopping: a record is held unacknowledged for the group's next member");
        holdUntilExit();
    }

    /** A record admitted by {@link #enter()} is applied or has failed. */
    public void exit() {
        synchronized (lock) {
            applying--;
            lock.notifyAll();
        }
    }

    /** Ahead of other shutdown observers: the outbox relay and the consumers' own resources still run. */
    void stop(@Observes @Priority(1) ShutdownEvent ignored) {
        drain(DRAIN);
    }

    /** Stops admitting records and waits for those being applied; returns how many were still being applied. */
    int drain(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (lock) {
            stopping = true;
            while (applying > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("%d records still being applied after %s: shutting down anyway (their offsets are not"
                            + " committed, so they are delivered again)", applying, atMost);
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return applying;
        }
    }

    /**
     * Waits until the process ends. An interrupt (the worker pool's own shutdown) does not end the wait: failing here
     * would hand the record to the dead-letter strategy, the very loss this class prevents.
     */
    private static void holdUntilExit() {
        boolean interrupted = false;
        Object forever = new Object();
        while (true) {
            try {
                synchronized (forever) {
                    forever.wait();
                }
            } catch (InterruptedException e) {
                if (!interrupted) {
                    LOG.debug("interrupted while holding a record during shutdown: still held");
                }
                interrupted = true;
            }
        }
    }
}
