package vn.motcua.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.EventType;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;

/**
 * The live dossier channel takes a poll's records at a time: a record that cannot be read, between a dossier's
 * events, is parked alone in {@code dlq.evaluation-service}, and the events around it are evaluated once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class BatchedDossierEventsTest {
    static final String DLQ = Topics.deadLetter("evaluation-service");
    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    static final Duration QUIET = Duration.ofSeconds(2);

    @Test
    void aPoisonRecordBetweenADossiersEventsIsParkedAloneAndTheDossierIsEvaluatedOnce() {
        DossierStory story = DossierStory.of("20", "SKHCN-batch").received("tiepnhan-batch")
                .handedTo("PQLKH", "xuly-batch").resolved(Instant.parse("2026-04-10T03:00:00Z"), "PQLKH", "xuly-batch");
        List<EventEnvelope> events = story.events();
        String key = story.id.toString();
        // one key, so one partition, in this order: the poison after the reception, before the resolution
        TestKafka.publish(events.getFirst());
        TestKafka.send(Topics.DOSSIER_EVENTS, key, CloudEventCodec.headers(events.getFirst()),
                "{\"dossierId\": not json");
        events.subList(1, events.size()).forEach(TestKafka::publish);

        try (TestKafka.Reader evaluated = TestKafka.reader(Topics.EVALUATION_EVENTS);
                TestKafka.Reader dlq = TestKafka.reader(DLQ)) {
            ConsumerRecord<String, String> evaluation = evaluated.await(r -> key.equals(r.key()), 1, EVENTUALLY)
                    .getFirst();
            assertThat(TestKafka.header(evaluation, CloudEventCodec.H_TYPE))
                    .isEqualTo(EventType.DOSSIER_EVALUATED.type());
            assertThat(evaluation.value()).contains("\"revision\":1");
            assertThat(evaluated.within(r -> key.equals(r.key()), QUIET)).hasSize(1);

            ConsumerRecord<String, String> parked = dlq.await(r -> key.equals(r.key()), 1, EVENTUALLY).getFirst();
            assertThat(parked.value()).isEqualTo("{\"dossierId\": not json");
            assertThat(TestKafka.header(parked, "dead-letter-topic")).isEqualTo("dossier.events.v1");
            assertThat(dlq.within(r -> key.equals(r.key()), QUIET)).hasSize(1);
        }
    }
}
