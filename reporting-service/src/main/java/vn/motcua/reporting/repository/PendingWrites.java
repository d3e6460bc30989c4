package vn.motcua.reporting.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes one transaction has queued ({@link Jdbc#later}) and not sent yet, each under the key of the aggregate
 * it changes (a dossier). They are sent as JDBC batches, one round trip for many statements of the same text,
 * instead of one round trip each: a rebuild's batch of 500 dossier events in one transaction (EventHandler's
 * {@code handleAll}) interleaves receptions, hand-overs and resolutions of hundreds of dossiers, so statements of
 * one text are rarely next to each other in the order given.
 *
 * <p>The order sent keeps each key's writes in the order queued and reorders only writes of different keys, which
 * touch different rows and so commute: the result is the one of running them one by one as queued. Each step sends
 * the statement text that most keys have as their next write, all of those at once, until every key's queue is
 * empty: dossiers that went through the same steps line up, and a batch of lifecycles costs a few dozen round trips.
 *
 * <p>A key's closing writes ({@link Jdbc#last}) are derived from its other rows and recomputed whole by running them
 * once (a dossier's latest due row copied onto its fact): queued again, one stays, and it is sent after every other
 * write of its key queued before the queue is sent. Five changes to a dossier's due rows in one batch then cost one
 * such write, not five, with the rows of running it after each change.
 */
final class PendingWrites {
    /** A queued write: a statement and its parameters. */
    private record Write(String sql, Object[] params) {
    }

    /** One key's writes in the order queued, then its closing writes (one per statement text). */
    private static final class Queue {
        final ArrayDeque<Write> writes = new ArrayDeque<>();
        final Map<String, Write> closing = new LinkedHashMap<>();

        Write next() {
            return writes.isEmpty() ? closing.values().iterator().next() : writes.peekFirst();
        }

        void poll() {
            if (writes.pollFirst() == null) {
                closing.remove(closing.keySet().iterator().next());
            }
        }

        boolean isEmpty() {
            return writes.isEmpty() && closing.isEmpty();
        }
    }

    private final Map<Object, Queue> byKey = new LinkedHashMap<>();
    private int size;

    void add(Object key, String sql, Object[] params) {
        byKey.computeIfAbsent(key, k -> new Queue()).writes.add(new Write(sql, params));
        size++;
    }

    /** Queues a closing write of {@code key}: sent after its other writes, once however often it is queued. */
    void addLast(Object key, String sql, Object[] params) {
        if (byKey.computeIfAbsent(key, k -> new Queue()).closing.put(sql, new Write(sql, params)) == null) {
            size++;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Sends every queued write on {@code connection}, then forgets them. */
    void sendOn(Connection connection) throws SQLException {
        try {
            while (size > 0) {
                String sql = mostCommonNext();
                List<Write> step = new ArrayList<>();
                byKey.values().removeIf(queue -> {
                    Write next = queue.next();
                    if (next.sql().equals(sql)) {
                        step.add(next);
                        queue.poll();
                    }
                    return queue.isEmpty();
                });
                send(connection, sql, step);
                size -= step.size();
            }
        } finally {
            byKey.clear();
            size = 0;
        }
    }

    /** The statement text that most keys would run next (the first such, on a tie). */
    private String mostCommonNext() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Queue queue : byKey.values()) {
            counts.merge(queue.next().sql(), 1, Integer::sum);
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > most) {
                best = count.getKey();
                most = count.getValue();
            }
        }
        return best;
    }

    private static void send(Connection connection, String sql, List<Write> writes) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (writes.size() == 1) {
                Jdbc.bind(ps, writes.getFirst().params());
                ps.executeUpdate();
                return;
            }
            for (Write write : writes) {
                Jdbc.bind(ps, write.params());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
