package vn.motcua.dossier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.fuzz.Fuzzer;
import vn.motcua.testing.fuzz.TableRows;

/** Issue 11, "done when": every operation of the dossier service's OpenAPI document, driven with bad input. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DossierFuzzTest {
    /** The example code of the request schema: published, so that valid requests reach the use case. */
    private static final String EXAMPLE_PROCEDURE = "1.004227";

    @Inject
    DataSource dataSource;

    @Test
    void badInputIsRefusedWithAProblemNeverAServerErrorAndStoresNothing() {
        // one case, named as the request schema's example names it
        Catalogue.send("20", new ProcedurePublished(UUID.randomUUID(), EXAMPLE_PROCEDURE, Catalogue.terms("20", 1,
                Catalogue.LONG_AGO, List.of(Catalogue.variant("MOI", 10, ProcedureTerms.TimeUnit.WORKING_DAYS))),
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::replicated);

        Fuzzer.of("dossier-service", RestAssured.port)
                // the replica and the inbox are filled by the catalogue's events, not by requests
                .rows(new TableRows(dataSource, "procedure_version_replica", "procedure_abolition_replica",
                        "inbox_message"))
                .run().requireClean(1000);
    }

    private boolean replicated() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from procedure_version_replica where code = ?")) {
            s.setString(1, EXAMPLE_PROCEDURE);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
