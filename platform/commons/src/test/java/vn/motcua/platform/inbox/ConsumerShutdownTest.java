package vn.motcua.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A stopping service neither applies nor fails the records it still receives: it holds them unacknowledged. */
class ConsumerShutdownTest {

    @Test
    void whileRunningRecordsAreAdmittedAndADrainWithNothingInFlightEndsAtOnce() {
        ConsumerShutdown shutdown = new ConsumerShutdown();
        shutdown.enter();
        shutdown.exit();
        assertEquals(0, shutdown.drain(Duration.ofMinutes(1)));
    }

    @Test
    void theDrainWaitsForTheRecordBeingAppliedAndSaysHowManyWereLeftWhenItGivesUp() throws Exception {
        ConsumerShutdown shutdown = new ConsumerShutdown();
        shutdown.enter();
        assertEquals(1, shutdown.drain(Duration.ZERO));
        Thread applying = Thread.ofPlatform().start(() -> {
            sleep(200);
            shutdown.exit();
        });
        assertEquals(0, shutdown.drain(Duration.ofMinutes(1)));
        applying.join();
    }

    @Test
    void aRecordOfferedOnceStoppingIsHeldEvenWhenItsThreadIsInterrupted() throws Exception {
        ConsumerShutdown shutdown = new ConsumerShutdown();
        shutdown.drain(Duration.ZERO);
        AtomicBoolean applied = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        Thread consumer = Thread.ofPlatform().daemon().start(() -> {
            try {
                shutdown.enter();
                applied.set(true);
            } catch (RuntimeException e) {
                failed.set(true);
            }
        });
        consumer.join(300);
        consumer.interrupt();
        consumer.join(300);
        assertTrue(consumer.isAlive(), "the record's thread is held until the process ends");
        assertFalse(applied.get(), "a record offered after the drain is not applied");
        assertFalse(failed.get(), "nor failed, which would send it to the dead-letter topic");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
