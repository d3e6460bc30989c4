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
                // the projection, evaluations and scorecards are computed from events (Kafka) and the scorecard
                // job, never by a read; other test classes' events may still arrive during the run
                .rows(new TableRows(dataSource, "inbox_message", "outbox_message", "dossier_projection",
                        "procedure_version_replica", "procedure_abolition_replica", "calendar_replica",
                        "dossier_evaluation", "evaluation_officer", "scorecard", "scorecard_dirty",
                        "published_state"))
                .run().requireClean(1000);
    }
}
