package vn.motcua.dossier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Organisation;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.TestKafka;

/**
 * An agency announced under another province's tenant is not trusted: it goes to the dead-letter topic and
 * changes no row; the next agency is still applied. Provinces 68 and 69: no other test uses them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AgencyReplicaDeadLetterTest {
    @Inject
    DataSource db;

    @Test
    void anAgencyOfAnotherProvinceThanItsTenantIsDeadLetteredAndTheNextOneApplied() throws Exception {
        EventEnvelope foreign = EventEnvelope.of(Organisation.agency("69", "SKHCN-69", "000.00.15.H69", null, 1,
                "QLKH"), new ProvinceCode("68"), Instant.now());
        TestKafka.publish(foreign);
        TestKafka.publish(EventEnvelope.of(Organisation.agency("68", "SKHCN-68", "000.00.15.H68", null, 1, "QLKH"),
                new ProvinceCode("68"), Instant.now()));

        Organisation.await(db, "select count(*) from agency_replica where province_code = '68'", "1");
        try (TestKafka.Reader dlq = TestKafka.reader(Topics.deadLetter("dossier-service"))) {
            assertThat(dlq.await(r -> r.value().contains("SKHCN-69"), 1, Duration.ofSeconds(30))).hasSize(1);
        }
        assertThat(Sql.row(db, "select count(*) from agency_replica where code = 'SKHCN-69'")).isEqualTo("0");
    }
}
