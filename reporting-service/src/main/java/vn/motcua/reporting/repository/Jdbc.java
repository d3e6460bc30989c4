package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain SQL on the transaction's connection (Agroal hands the JTA transaction's own connection back), for the
 * read models' upserts: {@code insert ... on conflict} states idempotence in one statement, which the ORM cannot.
 * Native SQL has no province filter: every statement names the province itself. A null parameter is sent
 * untyped (PostgreSQL infers it from the column; a statement casts it where it cannot), an {@link Instant} as a
 * UTC {@code timestamptz}.
 *
 * <p>A write whose count nobody needs may be queued instead ({@link #later}) and is sent with the transaction's
 * other queued writes as JDBC batches ({@link PendingWrites}): before any other statement of the transaction runs
 * here, and at the latest just before it commits. What a transaction reads back is therefore always what it wrote.
 */
@ApplicationScoped
public class Jdbc {
    private static final String RELAXED_COMMIT = Jdbc.class.getName() + ".relaxedCommit";

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Queues an insert, update or delete of the aggregate {@code key} (a dossier id) in the current transaction:
     * sent in the order queued for that key, possibly before writes of other keys queued earlier (they touch other
     * rows). Without a transaction it runs at once.
     */
    public void later(Object key, String sql, Object... params) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            update(sql, params);
            return;
        }
        pending().add(key, sql, params);
    }

    /**
     * Queues a write that recomputes something of {@code key} from its other rows (a dossier's latest due row onto
     * its fact) in the current transaction: sent once, after every other write of that key queued before the queue
     * is sent, however many times it was queued meanwhile. Only for writes whose result does not depend on how often
     * or how early they run, and that no other queued write reads. Without a transaction it runs at once.
     */
    public void last(Object key, String sql, Object... params) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            update(sql, params);
            return;
        }
        pending().addLast(key, sql, params);
    }

    /** The current transaction's queue, registered to be sent just before it commits. */
    private PendingWrites pending() {
        if (transactions.getResource(PendingWrites.class) instanceof PendingWrites pending) {
            return pending;
        }
        PendingWrites queued = new PendingWrites();
        transactions.putResource(PendingWrites.class, queued);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                send(queued);
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
        return queued;
    }

    /**
     * Lets the current transaction commit without waiting for its write-ahead log to reach the disk
     * ({@code synchronous_commit = off}, for this transaction only; once per transaction however often called).
     * Only for work that can be done again from the topics (a rebuild's replay): a PostgreSQL crash may forget the
     * last such commits, not corrupt anything, and the next synchronous commit makes every one before it durable.
     */
    public void commitWithoutWaitingForDisk() {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(RELAXED_COMMIT) == null) {
            transactions.putResource(RELAXED_COMMIT, Boolean.TRUE);
            update("set local synchronous_commit = off");
        }
    }

    /** Runs an insert, update or delete; how many rows it changed. */
    public int update(String sql, Object... params) {
        sendPending();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Rows of a query, each as its column values ({@code timestamptz} as {@link Instant}). */
    public List<Object[]> query(String sql, Object... params) {
        sendPending();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = rs.getObject(i + 1);
                        row[i] = value instanceof java.sql.Timestamp
                                ? rs.getObject(i + 1, OffsetDateTime.class).toInstant() : value;
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A parameter bound as a PostgreSQL array of {@code type} (for {@code unnest}: many rows, one statement). */
    public record SqlArray(String type, List<?> values) {
    }

    public static SqlArray array(String type, List<?> values) {
        return new SqlArray(type, values);
    }

    /** The current transaction's queued writes, sent now: the next statement sees them. */
    private void sendPending() {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(PendingWrites.class) instanceof PendingWrites pending) {
            send(pending);
        }
    }

    private void send(PendingWrites pending) {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            pending.sendOn(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof SqlArray array) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf(array.type(), array.values().toArray()));
            } else if (p instanceof Instant instant) {
                ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
