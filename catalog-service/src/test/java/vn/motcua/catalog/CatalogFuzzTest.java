package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.fuzz.FuzzReport;
import vn.motcua.testing.fuzz.Fuzzer;
import vn.motcua.testing.fuzz.TableRows;

/** Issue 11, "done when": every operation of the catalogue's OpenAPI document, driven with bad input. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogFuzzTest {
    @Inject
    DataSource dataSource;

    @Test
    void badInputIsRefusedWithAProblemNeverAServerErrorAndStoresNothing() {
        FuzzReport report = Fuzzer.of("catalog-service", RestAssured.port)
                .seed(11).budget(4000, Duration.ofSeconds(45))
                .rows(new TableRows(dataSource))
                .run();
        System.out.println(report.summary());
        assertThat(report.requests()).isGreaterThan(1000);
        assertThat(report.findings()).as(report.describe(report.findings())).isEmpty();
    }
}
