package vn.motcua.evaluation;

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

/** Issue 11, "done when": every operation of the evaluation service's OpenAPI document, driven with bad input. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvaluationFuzzTest {
    @Inject
    DataSource dataSource;

    @Test
    void badInputIsRefusedWithAProblemNeverAServerErrorAndStoresNothing() {
        Fuzzer.of("evaluation-service", RestAssured.port)
                // the scores are computed from dossier events (Kafka), not by requests
                .rows(new TableRows(dataSource, "indicator_score", "inbox_message"))
                .run().requireClean(1000);
    }
}
