package vn.motcua.e2e.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write reference: the "dossier row + outbox row" transaction straight over JDBC, on the platform's own
 * PostgreSQL server with its durability (the launcher turns fsync and synchronous_commit on), in a scratch
 * database of its own so the services' tables are not touched. The tables copy dossier-service's {@code dossier}
 * (with a ~1 KB JSON-ish column standing for the rest of the aggregate) and platform/commons'
 * {@code outbox_message}, their keys and indexes included, since index upkeep is part of what a commit costs.
 * One connection per client, as a pool would give; each transaction: insert, insert, commit.
 */
final class RawTransactions implements AutoCloseable {
    static final String SCRATCH_DATABASE = "motcua_bench_scratch";
    private static final String PAYLOAD = "{\"applicant\":{\"name\":\"Tải thử\",\"address\":\"" + "x".repeat(900)
            + "\"},\"papers\":[]}";

    private final Databases databases;
    private final BlockingQueue<Connection> connections;
    private final AtomicLong sequence = new AtomicLong();

    RawTransactions(Databases databases, int clients) throws SQLException {
        this.databases = databases;
        createScratchDatabase();
        this.connections = new ArrayBlockingQueue<>(clients);
        for (int i = 0; i < clients; i++) {
            Connection c = databases.connect(SCRATCH_DATABASE);
            c.setAutoCommit(false);
            connections.add(c);
        }
        try (Connection c = databases.connect(SCRATCH_DATABASE);
             Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_dossier, bench_outbox_message");
            s.execute("""
                    create table bench_dossier (
                        id uuid primary key, province_code char(2) not null, code varchar(40) not null unique,
                        procedure_code varchar(20) not null, agency varchar(50) not null,
                        channel varchar(40) not null, applicant_name varchar(200) not null,
                        status varchar(20) not null, received_at timestamptz not null, due_at timestamptz not null,
                        submitted_by varchar(100) not null, idempotency_key varchar(100), revision bigint not null,
                        body text not null,
                        constraint bench_dossier_idempotency unique (province_code, submitted_by, idempotency_key))""");
            s.execute("create index bench_dossier_status on bench_dossier (province_code, status)");
            s.execute("""
                    create table bench_outbox_message (
                        id bigserial primary key, event_id uuid not null unique, topic varchar(120) not null,
                        message_key varchar(120) not null, event_type varchar(160) not null,
                        tenant char(2) not null, occurred_at timestamptz not null, subject varchar(120),
                        payload text not null, published_at timestamptz)""");
            s.execute("create index bench_outbox_pending on bench_outbox_message (id) where published_at is null");
        }
    }

    /** {@code fsync=on, synchronous_commit=on, full_page_writes=on}: what the server really runs with. */
    String durability() throws SQLException {
        List<String> settings = new ArrayList<>();
        try (Connection c = databases.connect(SCRATCH_DATABASE);
             Statement s = c.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet r = s.executeQuery("show " + name)) {
                    r.next();
                    settings.add(name + "=" + r.getString(1));
                }
            }
        }
        return String.join(", ", settings);
    }

    /** One dossier-like row and its event in one committed transaction. */
    boolean transaction() throws Exception {
        Connection c = connections.take();
        try {
            long n = sequence.incrementAndGet();
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement d = c.prepareStatement("""
                    insert into bench_dossier (id, province_code, code, procedure_code, agency, channel,
                        applicant_name, status, received_at, due_at, submitted_by, idempotency_key, revision, body)
                    values (?, '20', ?, '2.000001', 'SKHCN-20', 'DIRECT_CENTRE', 'Tải thử', 'RECEIVED', ?, ?,
                        'tiepnhan.ls', ?, 0, ?)""")) {
                d.setObject(1, id);
                d.setString(2, "BENCH-" + ProcessHandle.current().pid() + "-" + n);
                d.setTimestamp(3, now);
                d.setTimestamp(4, now);
                d.setString(5, UUID.randomUUID().toString());
                d.setString(6, PAYLOAD);
                d.executeUpdate();
            }
            try (PreparedStatement o = c.prepareStatement("""
                    insert into bench_outbox_message (event_id, topic, message_key, event_type, tenant,
                        occurred_at, subject, payload) values (?, 'dossier.events.v1', ?, 'DossierReceived', '20',
                        ?, ?, ?)""")) {
                o.setObject(1, UUID.randomUUID());
                o.setString(2, id.toString());
                o.setTimestamp(3, now);
                o.setString(4, id.toString());
                o.setString(5, PAYLOAD);
                o.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            connections.add(c);
        }
    }

    private void createScratchDatabase() throws SQLException {
        try (Connection c = databases.connect("postgres");
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, SCRATCH_DATABASE);
            try (ResultSet r = exists.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database " + SCRATCH_DATABASE);
            }
        }
    }

    /** Closes the connections and drops the scratch tables (the scratch database stays, empty). */
    @Override
    public void close() throws SQLException {
        for (Connection c : connections) {
            c.close();
        }
        try (Connection c = databases.connect(SCRATCH_DATABASE);
             Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_dossier, bench_outbox_message");
        }
    }
}
