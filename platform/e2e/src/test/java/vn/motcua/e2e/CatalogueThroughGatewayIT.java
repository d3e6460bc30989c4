package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo catalogue the launcher loads ({@code catalog-service/src/main/resources/demo/}: each province's
 * organisation, then its CSV file through the import), read and imported again through the gateway with real
 * Keycloak tokens.
 */
@ExtendWith(RunningPlatform.class)
class CatalogueThroughGatewayIT {
    private static final Path DEMO = Path.of(System.getProperty("e2e.repo", "../.."))
            .resolve("catalog-service/src/main/resources/demo");
    /** The national codes of both demo files; the tests' own procedures have codes 2.xxxxxx. */
    private static final List<String> DEMO_CODES = List.of("1.001765", "1.003845", "1.004227", "1.900101",
            "1.900102", "1.900103", "1.900104", "1.900105", "1.900106", "1.900107", "1.900108", "1.900109",
            "1.900110");

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void langSonsAdminListsTheThirteenDemoProceduresEachInForce() {
        Api.Reply list = api.get(gw + "/api/catalog/procedures", api.login("quantri.ls"));

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<JsonNode> demo = demoProcedures(list.json());
        assertThat(demo).extracting(p -> p.path("code").asText()).containsExactlyInAnyOrderElementsOf(DEMO_CODES)
                .contains("1.004227", "1.900109");
        assertThat(demo).allSatisfy(p -> {
            assertThat(p.path("province").asText()).isEqualTo("20");
            assertThat(p.at("/inForce/effectiveFrom").asText()).isEqualTo("2025-07-01");
        });
        JsonNode xRay = demo.stream().filter(p -> p.path("code").asText().equals("1.003845")).findFirst().orElseThrow();
        assertThat(xRay.at("/inForce/terms/agencyCode").asText()).isEqualTo("SKHCN-20");
        assertThat(xRay.at("/inForce/terms/fieldCode").asText()).isEqualTo("G19-ATBX");
        assertThat(xRay.at("/inForce/terms/caseVariants").findValuesAsText("code"))
                .containsExactly("MOI", "GIA_HAN", "SUA_DOI", "CAP_LAI");
    }

    @Test
    void importingTheDemoFileAgainReportsEveryProcedureUnchanged() throws IOException {
        Api.Reply report = importCsv(api.login("quantri.ls"), "catalogue-20.csv");

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("created").asInt()).isZero();
        assertThat(report.json().path("amended").asInt()).isZero();
        assertThat(report.json().path("unchanged").asInt()).isEqualTo(13);
        assertThat(report.json().path("rejected").asInt()).isZero();
    }

    @Test
    void caoBangsAdminImportingLangSonsFileHasEveryRowRejectedForItsAgency() throws IOException {
        String caoBang = api.login("quantri.cb");
        String before = demoProcedures(api.get(gw + "/api/catalog/procedures", caoBang).json()).toString();

        Api.Reply report = importCsv(caoBang, "catalogue-20.csv");

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("rejected").asInt()).as(report.body()).isEqualTo(13);
        assertThat(report.json().path("created").asInt()).isZero();
        assertThat(report.json().path("amended").asInt()).isZero();
        assertThat(report.json().path("unchanged").asInt()).isZero();
        for (JsonNode row : report.json().path("rows")) {
            assertThat(row.path("outcome").asText()).isEqualTo("REJECTED");
            // the request's name for it: terms.agencyCode, as in a procedure's body
            assertThat(row.path("errors").findValuesAsText("field")).as(row.toString())
                    .anyMatch(f -> f.equals("terms.agencyCode") || f.equals("agencyCode"));
        }
        assertThat(demoProcedures(api.get(gw + "/api/catalog/procedures", caoBang).json()).toString())
                .as("Cao Bằng's own catalogue is untouched").isEqualTo(before);
    }

    private Api.Reply importCsv(String token, String file) throws IOException {
        String csv = Files.readString(DEMO.resolve(file), StandardCharsets.UTF_8);
        return api.send(HttpRequest.newBuilder(URI.create(gw + "/api/catalog/imports/csv"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private static List<JsonNode> demoProcedures(JsonNode list) {
        List<JsonNode> demo = new ArrayList<>();
        list.forEach(p -> {
            if (DEMO_CODES.contains(p.path("code").asText())) {
                demo.add(p);
            }
        });
        return demo;
    }
}
