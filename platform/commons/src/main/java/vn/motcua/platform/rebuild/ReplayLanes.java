package vn.motcua.platform.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The replay's batches handed to {@link RebuildableStore#applyAll} on {@link RebuildableStore#lanes()} threads, while
 * the reader goes on reading: reading the next records and applying the last ones overlap, and with more than one
 * lane so do the store's transactions (one waits for PostgreSQL while another is prepared). A partition's records
 * always go to the same lane (partition number modulo lanes), in offset order, so one key's events are applied in
 * the order published, as by the live consumers, which split the partitions between instances the same way. Each
 * lane holds at most two batches not yet applied: the reader waits rather than fill the memory.
 *
 * <p>{@link #drain()} waits until every batch handed over is applied (a topic's before the next topic's) and throws
 * the first failure; after a failure, {@link #add} throws it too, so the reader stops, and the failed lane applies
 * nothing more. {@link #close()} waits for what the other lanes are applying.
 */
final class ReplayLanes implements AutoCloseable {
    private static final int BATCHES_IN_FLIGHT = 2;

    private final RebuildableStore store;
    private final int batchSize;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    ReplayLanes(RebuildableStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
        for (int i = 0; i < Math.max(1, store.lanes()); i++) {
            lanes.add(new Lane(i));
        }
    }

    /** Records applied so far (malformed ones included). */
    long done() {
        return done.get();
    }

    /** Records that were not readable events, skipped. */
    long malformed() {
        return malformed.get();
    }

    void add(ConsumerRecord<String, String> record) {
        lanes.get(record.partition() % lanes.size()).add(record);
    }

    /** Hands over what is left and waits until every lane has applied it. */
    void drain() {
        lanes.forEach(Lane::submit);
        lanes.forEach(Lane::await);
    }

    @Override
    public void close() {
        lanes.forEach(lane -> lane.executor.close());
    }

    private final class Lane {
        final ExecutorService executor;
        final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(batchSize);
        CompletableFuture<Void> applied = CompletableFuture.completedFuture(null);

        Lane(int number) {
            executor = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("rebuild-lane-" + number).factory());
        }

        void add(ConsumerRecord<String, String> record) {
            batch.add(record);
            if (batch.size() == batchSize) {
                submit();
            }
        }

        void submit() {
            if (batch.isEmpty()) {
                return;
            }
            List<ConsumerRecord<String, String>> records = batch;
            batch = new ArrayList<>(batchSize);
            try {
                while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    throwIfFailed();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            }
            throwIfFailed();
            // after a failure the next stages do not run: the lane applies nothing more
            applied = applied.thenRunAsync(() -> {
                try {
                    malformed.addAndGet(store.applyAll(records));
                    done.addAndGet(records.size());
                } finally {
                    inFlight.release();
                }
            }, executor);
        }

        void await() {
            try {
                applied.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        private void throwIfFailed() {
            if (applied.isCompletedExceptionally()) {
                await();
            }
        }
    }
}
