package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.fuzz.Fuzzer;
import vn.motcua.testing.fuzz.TableRows;

/** Issue 11, "done when": every operation of the reporting service's OpenAPI document, driven with bad input. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportingFuzzTest {
    @Inject
    DataSource dataSource;

    @Test
    void theFormsPeriodsAndNationalRollUpAreInTheDocumentTheFuzzerDrives() {
        assertThat(Fuzzer.of("reporting-service", RestAssured.port).operations().stream()
                .map(o -> o.toString()).toList())
                .anySatisfy(o -> assertThat(o).contains("/api/reports/forms/{form}"))
                .anySatisfy(o -> assertThat(o).contains("/api/reports/national/{form}"))
                .anySatisfy(o -> assertThat(o).contains("/api/reports/periods"))
                .noneSatisfy(o -> assertThat(o).contains("/api/reports/quarterly"));
    }

    @Test
    void badInputIsRefusedWithAProblemNeverAServerErrorAndStoresNothing() {
        Fuzzer.of("reporting-service", RestAssured.port)
                // the facts are built from dossier events (Kafka), not by requests
                .rows(new TableRows(dataSource, "dossier_fact", "inbox_message"))
                .run().requireClean(1000);
    }
}
