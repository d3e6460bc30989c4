package vn.motcua.reporting.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/** The forms' lookups name their province: another province's rows are never read. Provinces 80 and 82. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormQueriesTest {
    @Inject
    DataSource dataSource;

    @Inject
    FormQueries queries;

    @Test
    void eachLookupReadsItsProvinceOnly() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into reporting_cutoff_fact values ('80', '2020-01-01', 15), ('80', '2023-01-01', 5),"
                    + " ('82', '2020-01-01', 10)");
            s.executeUpdate("insert into agency_fact (province_code, code, name, revision) values"
                    + " ('80', 'SNV', 'Sở Nội vụ tỉnh Tây Ninh', 2), ('82', 'SNV', 'Sở Nội vụ tỉnh Đồng Tháp', 1)");
            s.executeUpdate("insert into field_fact values ('80', 'F2', 'Hộ tịch'), ('80', 'F1', 'Đất đai'),"
                    + " ('82', 'F1', 'Xây dựng')");
            s.executeUpdate("insert into dossier_fact (dossier_id, province_code, procedure_code, agency, channel,"
                    + " received_at, due_at, updated_at) values (gen_random_uuid(), '80', 'P', 'SNV', 'POSTAL', now(),"
                    + " now(), now())");
        }

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(queries.cutoffs("80")).containsExactly(new FormQueries.Cutoff(LocalDate.of(2020, 1, 1), 15),
                    new FormQueries.Cutoff(LocalDate.of(2023, 1, 1), 5));
            assertThat(queries.agencyName("80", "SNV")).contains("Sở Nội vụ tỉnh Tây Ninh");
            assertThat(queries.agencyName("80", "STP")).isEmpty();
            assertThat(queries.fieldNames("80")).isEqualTo(Map.of("F1", "Đất đai", "F2", "Hộ tịch"));
            assertThat(List.copyOf(queries.fieldNames("80").keySet())).containsExactly("F1", "F2");
            assertThat(queries.hasDossiers("80")).isTrue();
            assertThat(queries.hasDossiers("82")).isFalse();
            assertThat(queries.scorecards("82", "2031-Q1")).isEmpty();
        });
    }
}
