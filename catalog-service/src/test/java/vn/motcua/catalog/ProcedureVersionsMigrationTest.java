package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Sql;

/**
 * V2 on a database holding the thin slice's procedures, and the rules it puts in the database itself: published
 * versions never overlap and never change, except that an open one is closed once.
 */
class ProcedureVersionsMigrationTest {
    private static EmbeddedPostgres postgres;
    private static DataSource db;
    private static final UUID PUBLISHED = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID DRAFT = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @BeforeAll
    static void migrateThinSliceData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = postgres.getPostgresDatabase();
        flyway("1").migrate();
        sql("""
                insert into procedure values ('%s', '20', '1.004227', 'Cấp giấy phép X-quang', 'An toàn bức xạ',
                    'SKHCN-20', 10, 'PUBLISHED', 1, '2026-01-05T02:00:00Z', '2026-01-05T17:30:00Z');
                insert into procedure values ('%s', '20', '1.000001', 'Dự thảo', 'KH&CN', 'SKHCN-20', 5, 'DRAFT', 0,
                    '2026-01-06T02:00:00Z', null)""".formatted(PUBLISHED, DRAFT));
        flyway("2").migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theThinSlicesProceduresBecomeVersionOneWithOneCaseOfTheirDays() throws Exception {
        assertThat(row("""
                select status, name, field_code, agency_code, effective_from, effective_to,
                       case_variants->0->'timeLimit'->>'value', case_variants->0->'timeLimit'->>'unit'
                from procedure_version where procedure_id = '%s'""".formatted(PUBLISHED)))
                // published at 17:30 UTC on 5 January is 00:30 on 6 January in Vietnam: its first day in force
                .isEqualTo("PUBLISHED|Cấp giấy phép X-quang|An toàn bức xạ|SKHCN-20|2026-01-06|null|10|WORKING_DAYS");
        assertThat(row("select status, effective_from, decision_number from procedure_version where procedure_id = '%s'"
                .formatted(DRAFT))).isEqualTo("DRAFT|null|null");
        assertThat(row("select code, status from procedure where id = '%s'".formatted(PUBLISHED)))
                .isEqualTo("1.004227|PUBLISHED");
    }

    @Test
    void publishedVersionsOfOneProcedureNeverOverlap() throws Exception {
        assertThatThrownBy(() -> sql(version(PUBLISHED, 2, "2026-06-01", null)))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("23P01");
        assertThat(row("select count(*) from procedure_version where procedure_id = '%s'".formatted(PUBLISHED)))
                .isEqualTo("1");
    }

    @Test
    void aPublishedVersionNeverChangesButIsClosedOnce() throws Exception {
        UUID p = UUID.randomUUID();
        sql("insert into procedure (id, province_code, code, status, created_at) values ('%s', '20', '1.000777',"
                .formatted(p) + " 'PUBLISHED', now())");
        sql(version(p, 1, "2025-01-01", null));
        assertThatThrownBy(() -> sql("update procedure_version set name = 'khác' where procedure_id = '%s'"
                .formatted(p))).isInstanceOf(SQLException.class).hasMessageContaining("never changes");
        sql("update procedure_version set effective_to = '2026-06-01' where procedure_id = '%s'".formatted(p));
        sql(version(p, 2, "2026-06-01", null)); // the next version starts the day the first ends
        assertThatThrownBy(() -> sql("update procedure_version set effective_to = '2026-07-01' where procedure_id"
                + " = '%s' and version = 1".formatted(p))).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("delete from procedure_version where procedure_id = '%s'".formatted(p)))
                .isInstanceOf(SQLException.class).hasMessageContaining("never deleted");
    }

    private static String version(UUID procedure, int n, String from, String to) {
        return """
                insert into procedure_version (id, procedure_id, province_code, version, status, name, field_code,
                    agency_code, issuing_level, mechanism, online_mode, postal_receipt, postal_return,
                    four_on_the_spot, case_variants, decision_number, decision_date, decision_issuer, effective_from,
                    effective_to, created_at, published_at)
                values (gen_random_uuid(), '%s', '20', %d, 'PUBLISHED', 'n', 'f', 'SKHCN-20', 'CENTRAL', 'ONE_STOP',
                    'NONE', false, false, false, '[]', '1/QĐ', '2025-01-01', 'UBND', '%s', %s, now(), now())"""
                .formatted(procedure, n, from, to == null ? "null" : "'" + to + "'");
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
    }

    private static void sql(String sql) throws SQLException {
        Sql.execute(db, sql);
    }

    private static String row(String sql) throws SQLException {
        return Sql.row(db, sql);
    }
}
