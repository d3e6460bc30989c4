package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's PostgreSQL, started for real, asked what it does on commit. */
class PostgresDurabilityTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
            // ./mot-cua start: a committed dossier survives a power cut
            "false, on",
            // --fast-unsafe-db, for the end-to-end tests' throw-away platform
            "true, off",
    })
    void durableUnlessTheFastUnsafeModeIsAskedFor(boolean fastUnsafe, String expected) throws Exception {
        StateDir state = new StateDir(tmp);
        state.create();
        try (EmbeddedPostgres pg = Postgres.startEmbedded(state, freePort(), fastUnsafe);
             Connection c = pg.getPostgresDatabase().getConnection()) {
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet r = c.createStatement().executeQuery("SHOW " + name)) {
                    r.next();
                    settings.put(name, r.getString(1));
                }
            }
            assertThat(settings).containsExactly(Map.entry("fsync", expected),
                    Map.entry("synchronous_commit", expected), Map.entry("full_page_writes", expected));
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
