package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.testing.Sql;

/** V4 on a database holding the thin slice's replica and dossiers: they become version 1, case CHUNG. */
class ProcedureReplicaMigrationTest {
    private static EmbeddedPostgres postgres;
    private static DataSource db;

    @BeforeAll
    static void migrateThinSliceData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("2").load().migrate();
        sql("""
                insert into procedure_replica values ('00000000-0000-0000-0000-000000000001', '20', '1.004227',
                    'Cấp giấy phép X-quang', 'SKHCN-20', 10, 1, '2026-01-05T17:30:00Z');
                insert into dossier (id, province_code, code, procedure_code, agency, channel, applicant_name, status,
                    received_at, due_at, submitted_by, revision)
                values ('00000000-0000-0000-0000-0000000000d1', '20', '20-260210-0001', '1.004227', 'SKHCN-20',
                    'DIRECT_CENTRE', 'Nguyễn Văn An', 'RECEIVED', '2026-02-10T03:00:00Z', '2026-02-24T10:00:00Z',
                    'tiepnhan.ls', 0)""");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").outOfOrder(true).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theThinSlicesReplicaBecomesVersionOneInTheShapeOfThePublishedLanguage() throws Exception {
        assertThat(row("select code, version, effective_from, effective_to, name, agency_code"
                + " from procedure_version_replica"))
                // published 17:30 UTC on 5 January: 6 January in Vietnam, as the catalogue's own V2 dates it
                .isEqualTo("1.004227|1|2026-01-06|null|Cấp giấy phép X-quang|SKHCN-20");
        ProcedureTerms terms = JsonMapper.builder().addModule(new JavaTimeModule()).build()
                .readValue(row("select terms from procedure_version_replica"), ProcedureTerms.class);
        assertThat(terms.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(terms.caseVariants()).containsExactly(new ProcedureTerms.CaseVariant("CHUNG", "Chung",
                new ProcedureTerms.TimeLimit(10, ProcedureTerms.TimeUnit.WORKING_DAYS)));
        assertThat(row("select procedure_version, case_variant from dossier")).isEqualTo("1|CHUNG");
    }

    private static void sql(String sql) throws SQLException {
        Sql.execute(db, sql);
    }

    private static String row(String sql) throws SQLException {
        return Sql.row(db, sql);
    }
}
