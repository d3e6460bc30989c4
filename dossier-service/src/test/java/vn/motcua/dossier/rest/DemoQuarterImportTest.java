package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.dossier.Catalogue;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.platform.web.CsvRecords;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.Tokens;

/**
 * The launcher's demo quarter (DemoQuarter, files copied from its output for 29/11/2026, i.e. Q3 2026, and kept
 * equal to it by the launcher's DemoQuarterTest) is accepted by the import without a refusal, and the service's
 * own classification gives the generator's outcomes. Imported under Lai Châu (12) and Sơn La (14), which no other
 * test uses, after publishing the demo catalogue there (in force from 01/07/2025, as the demo's).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DemoQuarterImportTest {
    static final Path DEMO = Path.of("../catalog-service/src/main/resources/demo");

    @Inject
    DataSource db;

    @ParameterizedTest(name = "demo-quarter-{0}.csv as province {1}")
    @CsvSource({
            "20, 12, 480, 446, 34, 429, 12, 5",
            "04, 14, 200, 186, 14, 179, 5, 2"})
    void theDemoQuarterIsImportedWithoutRefusalAndClassifiedAsGenerated(String demo, String province, int rows,
            int returned, int inProgress, int early, int onTime, int late) throws IOException, SQLException {
        publishCatalogue(demo, province);
        String csv = Files.readString(Path.of("src/test/resources/demo-quarter-" + demo + ".csv"));

        // the replica learns the procedures from their events: import until none is unknown (a re-import is safe)
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                importCsv(province, csv).jsonPath().getList("rejected").isEmpty());
        given().auth().oauth2(Tokens.provinceAdmin(province)).contentType("text/csv; charset=utf-8").body(csv)
                .post("/api/dossiers/imports").then().statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(rows))
                .body("rejected", empty());

        String where = " from dossier where province_code = '" + province + "' and imported";
        assertThat(Sql.row(db, "select count(*) filter (where status = 'RETURNED'), count(*) filter (where status = "
                + "'RECEIVED'), count(*) filter (where timeliness = 'EARLY'), count(*) filter (where timeliness = "
                + "'ON_TIME'), count(*) filter (where timeliness = 'LATE'), count(*) filter (where procedure_version "
                + "= 1), min(received_at) >= '2026-06-30T17:00:00Z', max(received_at) < '2026-09-30T17:00:00Z'"
                + where)).isEqualTo(returned + "|" + inProgress + "|" + early + "|" + onTime + "|" + late + "|" + rows
                        + "|t|t");
    }

    static Response importCsv(String province, String csv) {
        return given().auth().oauth2(Tokens.provinceAdmin(province)).contentType("text/csv; charset=utf-8").body(csv)
                .post("/api/dossiers/imports");
    }

    /** One ProcedurePublished per procedure of the demo file, its cases and time limits, from 01/07/2025. */
    static void publishCatalogue(String demo, String province) throws IOException {
        List<CsvRecords.Line> lines = CsvRecords.read(Files.readString(DEMO.resolve("catalogue-" + demo + ".csv"),
                StandardCharsets.UTF_8));
        List<String> header = lines.getFirst().cells();
        Map<String, List<CaseVariant>> cases = new LinkedHashMap<>();
        for (CsvRecords.Line line : lines.subList(1, lines.size())) {
            List<String> cells = line.cells();
            cases.computeIfAbsent(cells.get(header.indexOf("MaTTHC")), c -> new java.util.ArrayList<>())
                    .add(Catalogue.variant(cells.get(header.indexOf("MaTruongHop")),
                            Integer.parseInt(cells.get(header.indexOf("ThoiHan")).strip()), TimeUnit.WORKING_DAYS));
        }
        cases.forEach((code, variants) -> Catalogue.send(province, new ProcedurePublished(UUID.randomUUID(), code,
                Catalogue.terms(province, 1, LocalDate.of(2025, 7, 1), variants), Instant.now())));
    }
}
