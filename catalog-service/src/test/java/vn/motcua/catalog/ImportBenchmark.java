package vn.motcua.catalog;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The catalogue import on 10,000 rows (issue 12, "done when": "the import takes 10,000 rows in seconds"). Not part
 * of the test run (its name does not end in Test): a command that prints figures, {@code ./mot-cua bench-import
 * [rows=10000]}. It imports a generated CSV through the REST endpoint on the real database and broker (created),
 * imports it again (unchanged), and beside it, in the same run on the same database, writes the same number of
 * procedures, versions and outbox rows with plain JDBC batches in one transaction: the floor the import stands on.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ImportBenchmark {
    @Inject
    DataSource dataSource;

    @Test
    void importTenThousandRows() throws SQLException {
        int rows = Integer.getInteger("rows", 10_000);
        String csv = csv(rows, 5);
        importCsv(csv(200, 4)); // warm-up: JIT, connection pool, Hibernate metadata

        long created = importCsv(csv);
        long unchanged = importCsv(csv);
        long reference = jdbcReference(rows);

        System.out.printf("%nimport of %,d rows (one procedure each), CSV %,d bytes%n", rows, csv.length());
        System.out.printf("  created     %,8d ms   %,8.0f rows/s%n", created, rows * 1000.0 / created);
        System.out.printf("  unchanged   %,8d ms   %,8.0f rows/s%n", unchanged, rows * 1000.0 / unchanged);
        System.out.printf("  reference   %,8d ms   %,8.0f rows/s   (JDBC batches: procedure + version + outbox rows,"
                + " one transaction)%n", reference, rows * 1000.0 / reference);
        System.out.printf("  created / reference: %.1f×%n%n", (double) created / reference);
    }

    private static long importCsv(String csv) {
        long start = System.nanoTime();
        Response answer = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000)))
                .auth().oauth2(Tokens.provinceAdmin("20")).contentType("text/csv; charset=utf-8")
                .body(csv).post("/api/catalog/imports/csv");
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (answer.statusCode() != 200 || answer.jsonPath().getInt("rejected") != 0) {
            throw new IllegalStateException("import failed: " + answer.asString().substring(0, 500));
        }
        return ms;
    }

    /** {@code rows} procedures with codes {@code <prefix>.xxxxxx}, one case variant each. */
    private static String csv(int rows, int prefix) {
        StringBuilder s = new StringBuilder(String.join(",", CatalogueImportTest.header())).append('\n');
        for (int i = 0; i < rows; i++) {
            String code = prefix + "." + String.format("%06d", i);
            s.append(CatalogueImportTest.line(code, "CHUNG", "Chung", String.valueOf(1 + i % 30), "Ngày làm việc")
                    .replace("Cấp giấy phép tiến hành công việc bức xạ, X-quang", "Thủ tục số " + i)).append('\n');
        }
        return s.toString();
    }

    private long jdbcReference(int rows) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into procedure (id, province_code, code, status,"
                    + " created_at) values (?, '04', ?, 'PUBLISHED', ?)");
                    PreparedStatement v = c.prepareStatement("insert into procedure_version (id, procedure_id,"
                            + " province_code, version, status, name, field_code, agency_code, issuing_level, mechanism,"
                            + " online_mode, postal_receipt, postal_return, four_on_the_spot, case_variants,"
                            + " decision_number, decision_date, decision_issuer, effective_from, created_at,"
                            + " published_at) values (?, ?, '04', 1, 'PUBLISHED', ?, 'G19-ATBX', 'SKHCN-04', 'CENTRAL',"
                            + " 'ONE_STOP', 'FULL', true, true, false, '[{\"code\":\"CHUNG\",\"name\":\"Chung\","
                            + "\"timeLimit\":{\"value\":10,\"unit\":\"WORKING_DAYS\"}}]'::jsonb, '1/QĐ', date"
                            + " '2025-06-20', 'UBND', date '2025-07-01', ?, ?)");
                    PreparedStatement o = c.prepareStatement("insert into outbox_message (event_id, topic,"
                            + " message_key, event_type, tenant, occurred_at, payload) values (?, 'bench', ?, 'bench',"
                            + " '04', ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < rows; i++) {
                    UUID id = UUID.randomUUID();
                    p.setObject(1, id);
                    p.setString(2, "6." + String.format("%06d", i));
                    p.setTimestamp(3, now);
                    p.addBatch();
                    v.setObject(1, UUID.randomUUID());
                    v.setObject(2, id);
                    v.setString(3, "Thủ tục số " + i);
                    v.setTimestamp(4, now);
                    v.setTimestamp(5, now);
                    v.addBatch();
                    o.setObject(1, UUID.randomUUID());
                    o.setString(2, id.toString());
                    o.setTimestamp(3, now);
                    o.setString(4, "{\"procedureId\":\"" + id + "\"}");
                    o.addBatch();
                    if (i % 500 == 499) {
                        p.executeBatch();
                        v.executeBatch();
                        o.executeBatch();
                    }
                }
                p.executeBatch();
                v.executeBatch();
                o.executeBatch();
            }
            c.rollback(); // a reference, not data: the relay must not publish it
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
