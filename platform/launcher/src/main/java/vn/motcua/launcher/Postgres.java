package vn.motcua.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The PostgreSQL server the services use: zonky's binaries with a kept data folder, or an external one. */
final class Postgres {
    private Postgres() {
    }

    /**
     * Starts PostgreSQL from zonky's binaries; the data folder survives restarts (infra.md §3(b)). Durable by
     * default: zonky starts the server with fsync and synchronous_commit off, fit for throw-away test databases
     * but not for a platform that promises a committed dossier survives a crash, so they are turned back on
     * unless the caller asked for {@code fastUnsafe} (the end-to-end tests, whose state is wiped each run).
     */
    static EmbeddedPostgres startEmbedded(StateDir state, int port, boolean fastUnsafe) {
        try {
            java.io.File log = state.log("postgres").toFile();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(state.postgresData())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // we stop it ourselves, after the services
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
            durability(fastUnsafe).forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start (see " + state.log("postgres") + ")", e);
        }
    }

    /**
     * The server settings for durability. zonky passes {@code -F} (fsync off) before these {@code -c} settings,
     * and PostgreSQL applies its command line in order, so {@code fsync=on} here wins.
     */
    static Map<String, String> durability(boolean fastUnsafe) {
        String v = fastUnsafe ? "off" : "on";
        return Map.of("fsync", v, "synchronous_commit", v, "full_page_writes", v);
    }

    static String embeddedUrl(int port) {
        return "jdbc:postgresql://localhost:" + port;
    }

    /** Creates the databases that do not exist yet; each service owns one and migrates it with Flyway. */
    static void createDatabases(String baseUrl, String user, String password, List<String> names) {
        try (Connection c = DriverManager.getConnection(PostgresUrl.database(baseUrl, "postgres"), user, password);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            for (String name : names) {
                if (!name.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a database name: " + name);
                }
                exists.setString(1, name);
                try (ResultSet r = exists.executeQuery()) {
                    if (r.next()) {
                        continue;
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
                Console.info("created database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the databases on " + baseUrl + ": " + e.getMessage(), e);
        }
    }

    /**
     * A postmaster still serving the kept data folder, e.g. after the launcher was killed with SIGKILL. It runs
     * detached from the launcher, so only its own pid file finds it.
     */
    static Optional<ProcessHandle> leftover(StateDir state) {
        Path pidFile = state.postgresData().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").endsWith("postgres"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
