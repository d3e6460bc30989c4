package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.outbox.OutboxMessage;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** The event backbone's producing side, on the real broker: nothing invented, nothing lost. */
@QuarkusTest
class OutboxRelayTest {
    private static final ProvinceCode LANG_SON = new ProvinceCode("20");

    @Inject
    Outbox outbox;

    @Inject
    TenantRunner tenants;

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        assertThatThrownBy(() -> tenants.inTransactionAs(LANG_SON, () -> {
            outbox.add(event(rolledBack, 1));
            throw new IllegalStateException("the business change failed after the event was added");
        })).isInstanceOf(IllegalStateException.class);
        tenants.inTransactionAs(LANG_SON, () -> outbox.add(event(committed, 1)));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            reader.await(r -> committed.toString().equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(reader.within(r -> rolledBack.toString().equals(r.key()), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void whileTheBrokerIsDownEventsWaitAndArriveInOrderWhenItReturns() {
        UUID aggregate = UUID.randomUUID();
        KafkaResource.broker().stop();
        try {
            for (int version = 1; version <= 3; version++) {
                int v = version;
                tenants.inTransactionAs(LANG_SON, () -> outbox.add(event(aggregate, v)));
            }
            // the catalogue keeps working while Kafka is away: its write path never touches the broker
            String id = given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("application/json")
                    .body(Procedures.body(Procedures.newCode()))
                    .post("/api/catalog/procedures").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("application/json")
                    .body(Procedures.decision("1/QĐ-UBND", LocalDate.of(2026, 3, 2)))
                    .post("/api/catalog/procedures/{id}/publish", id)
                    .then().statusCode(200);
            sleep(Duration.ofSeconds(3));
            long waiting = pendingRows();
            assertThat(waiting).as("rows kept in the outbox while the broker is down").isGreaterThanOrEqualTo(4);
        } finally {
            KafkaResource.broker().start();
        }

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(r -> aggregate.toString().equals(r.key()), 3, Duration.ofSeconds(60));
            assertThat(records).extracting(r -> r.value().replaceAll(".*\"version\":(\\d+).*", "$1"))
                    .startsWith("1", "2", "3");
        }
    }

    private long pendingRows() {
        long[] count = new long[1];
        tenants.inTransactionAs(LANG_SON, () -> count[0] = OutboxMessage.count("publishedAt is null"));
        return count[0];
    }

    private static ProcedurePublished event(UUID id, int version) {
        ProcedureTerms terms = new ProcedureTerms(version, LocalDate.of(2026, 3, 2), null, null, "test", "test",
                "SKHCN-20", ProcedureTerms.IssuingLevel.CENTRAL, ProcedureTerms.Mechanism.ONE_STOP, List.of(),
                ProcedureTerms.OnlineMode.NONE, false, false, false, List.of(), List.of(),
                List.of(new ProcedureTerms.CaseVariant("CHUNG", "Chung",
                        new ProcedureTerms.TimeLimit(5, ProcedureTerms.TimeUnit.WORKING_DAYS))),
                List.of(), new ProcedureTerms.Decision("1/QĐ", LocalDate.of(2026, 3, 1), "UBND"));
        return new ProcedurePublished(id, "1.999999", terms, Instant.now());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
