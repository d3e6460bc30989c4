package vn.motcua.e2e.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The platform's PostgreSQL server as the launcher starts it (port N+6; user and password {@code postgres}, the
 * launcher's defaults): the benchmark reads the services' databases (never writes them) and writes only its
 * scratch database.
 */
record Databases(int port, String user, String password) {

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, user, password);
    }

    /**
     * The mean size in bytes of the dossier events dossier-service has written to its outbox: what a raw Kafka
     * record should weigh to stand for one. 1 024 when there are none yet.
     */
    int dossierEventBytes() throws SQLException {
        try (Connection c = connect("dossier"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(avg(octet_length(payload)), 1024)::int from outbox_message"
                     + " where topic = 'dossier.events.v1'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
