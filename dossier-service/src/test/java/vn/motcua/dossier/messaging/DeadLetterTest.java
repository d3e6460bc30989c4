package vn.motcua.dossier.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.TestKafka;

/** A poison event is parked, counted, and does not stop the events behind it. */
@QuarkusTest
class DeadLetterTest {
    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of(
                CloudEventCodec.H_SPEC_VERSION, "1.0",
                CloudEventCodec.H_ID, UUID.randomUUID().toString(),
                CloudEventCodec.H_TYPE, "vn.motcua.catalog.procedure.published.v2",
                CloudEventCodec.H_TIME, Instant.now().toString(),
                CloudEventCodec.H_TENANT, "20");
        // same key: the good event sits behind the poison one on the same partition
        TestKafka.send(Topics.CATALOG_PROCEDURES, key, headers, "{\"procedureId\": \"not json");
        vn.motcua.dossier.Catalogue.publish("20", "1.000555", 3);

        vn.motcua.dossier.Catalogue.awaitReplica("20", "1.000555");
        try (TestKafka.Reader dlq = TestKafka.reader(Topics.deadLetter("dossier-service"))) {
            assertThat(dlq.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).getFirst().value())
                    .contains("not json");
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("motcua_events_dead_lettered_total{consumer=\"dossier-service\"}"));
    }
}
