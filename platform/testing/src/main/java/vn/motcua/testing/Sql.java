package vn.motcua.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Plain SQL for tests that look at the database directly (migrations, rows a refusal must not leave). */
public final class Sql {
    private Sql() {
    }

    public static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first row of {@code sql}, its columns joined by {@code |}. */
    public static String row(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            StringBuilder out = new StringBuilder();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                out.append(i > 1 ? "|" : "").append(r.getString(i));
            }
            return out.toString();
        }
    }
}
