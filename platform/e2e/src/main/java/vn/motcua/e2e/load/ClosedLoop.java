package vn.motcua.e2e.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code count} runs of a task by {@code clients} threads, each starting its next run when the previous one ended
 * (closed loop: the rate is what the system under test allows at that concurrency, not an offered load). Every
 * phase of the benchmark, platform and reference alike, goes through this, so they share one concurrency.
 */
final class ClosedLoop {
    private final int clients;

    ClosedLoop(int clients) {
        this.clients = clients;
    }

    int clients() {
        return clients;
    }

    /**
     * A task answers whether it succeeded; an exception it throws (a request timed out) counts as a failure too,
     * and the first one is kept, so one slow answer does not end the run.
     */
    Measurement run(String name, String unit, int count, Callable<Boolean> task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] latencies = new long[count];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit((Callable<Void>) () -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = task.call();
                        } catch (RuntimeException e) {
                            firstError.compareAndSet(null, e.toString());
                            ok = false;
                        }
                        latencies[i] = System.nanoTime() - t0;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        Measurement m = Measurement.of(name, unit, latencies, System.nanoTime() - start, errors.get());
        if (firstError.get() != null) {
            System.out.println("    (" + name + ": " + errors.get() + " failed; the first: " + firstError.get() + ")");
        }
        return m;
    }

    /** The warm-up: the same task, not measured. */
    void warm(int count, Callable<Boolean> task) throws Exception {
        if (count > 0) {
            run("warm-up", "op", count, task);
        }
    }
}
