package vn.motcua.testing.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Row counts of every table of the service's schema, read through plain JDBC (below Hibernate's tenant filter,
 * so every province's rows count). Tables filled by Kafka consumers may grow on their own during a run: name
 * them in {@code ignored}.
 */
public final class TableRows implements Supplier<java.util.Map<String, Long>> {
    private final DataSource dataSource;
    private final Set<String> ignored;
    private List<String> tables;

    public TableRows(DataSource dataSource, String... ignored) {
        this.dataSource = dataSource;
        this.ignored = Set.of(ignored);
    }

    @Override
    public java.util.Map<String, Long> get() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (tables == null) {
                tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                        + " and table_name <> 'flyway_schema_history' order by table_name")) {
                    while (rs.next()) {
                        if (!ignored.contains(rs.getString(1))) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
            }
            java.util.Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
    }
}
