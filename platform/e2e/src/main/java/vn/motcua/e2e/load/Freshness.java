package vn.motcua.e2e.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event freshness: from the moment the resolve call answered to the moment reporting-service's read model counts the
 * dossier as resolved ({@code dossier_fact.resolved_at} set in its database, which the report forms read). Sampled
 * dossiers are registered by the lifecycle as it resolves them; one thread polls the read model every
 * {@link #POLL} for the ones still pending, so a freshness is exact to within that period plus one query. What it
 * spans: dossier-service's commit, the outbox relay's round, the broker, reporting's consumer and its commit.
 */
final class Freshness implements AutoCloseable {
    static final Duration POLL = Duration.ofMillis(5);
    private static final String RESOLVED = "select dossier_id from dossier_fact where dossier_id = any(?)"
            + " and resolved_at is not null";

    private final Connection reporting;
    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    private final List<Long> seen = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile SQLException failure;

    Freshness(Databases databases) throws SQLException {
        this.reporting = databases.connect("reporting");
        this.poller = Thread.ofPlatform().daemon().name("freshness-poller").start(this::poll);
    }

    /** Called when a resolve call has answered 2xx. */
    void resolved(String dossierId) {
        pending.put(UUID.fromString(dossierId), System.nanoTime());
    }

    /** The freshness of the dossiers counted, and how many were never counted within the wait. */
    record Result(Percentiles latencies, int neverCounted) {
    }

    /** Waits until every sampled dossier is counted, or {@code timeout}. */
    Result await(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline && failure == null) {
            Thread.sleep(POLL.toMillis());
        }
        running = false;
        poller.join();
        if (failure != null) {
            throw failure;
        }
        long[] latencies;
        synchronized (seen) {
            latencies = seen.stream().mapToLong(Long::longValue).toArray();
        }
        return new Result(new Percentiles(latencies), pending.size());
    }

    private void poll() {
        try (PreparedStatement query = reporting.prepareStatement(RESOLVED)) {
            while (running) {
                if (!pending.isEmpty()) {
                    Array ids = reporting.createArrayOf("uuid", pending.keySet().toArray());
                    query.setArray(1, ids);
                    try (ResultSet r = query.executeQuery()) {
                        long now = System.nanoTime();
                        while (r.next()) {
                            Long since = pending.remove(r.getObject(1, UUID.class));
                            if (since != null) {
                                synchronized (seen) {
                                    seen.add(now - since);
                                }
                            }
                        }
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws SQLException {
        running = false;
        reporting.close();
    }
}
