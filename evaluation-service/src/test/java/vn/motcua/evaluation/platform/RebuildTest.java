package vn.motcua.evaluation.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.DossierClosed;
import vn.motcua.events.DossierWithdrawn;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;

/**
 * platform/commons' rebuild ({@code POST /q/rebuild}) on a real broker and database, against {@link CountingStore}:
 * the read model is thrown away and built again from the topics with the same counts, one rebuild runs at a
 * time, a failure is answered with its reason, and the paused live channel goes on afterwards. Each test counts
 * the events of a province of its own, so the tests do not depend on each other's order.
 */
@QuarkusTest
@TestProfile(RebuildTest.WithCountingStore.class)
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RebuildTest {
    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    static final String RECEIVED = "vn.motcua.dossier.received.v1";
    static final String WITHDRAWN = "vn.motcua.dossier.withdrawn.v1";
    static final String CLOSED = "vn.motcua.dossier.closed.v1";

    /** The counting store and its channel: its own topics and consumer group, beside the service's consumer. */
    public static class WithCountingStore implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(CountingStore.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String channel = "mp.messaging.incoming." + CountingStore.CHANNEL;
            return Map.of(
                    channel + ".topics", CountingStore.REFERENCE_TOPIC + "," + CountingStore.EVENTS_TOPIC,
                    channel + ".group.id", CountingStore.CONSUMER);
        }
    }

    @Inject
    CountingStore store;

    @Test
    void theReadModelIsBuiltAgainFromTheTopicsWithTheSameCountsAndTheLiveChannelGoesOn() {
        String province = "11";
        for (int i = 0; i < 5; i++) {
            send(CountingStore.EVENTS_TOPIC, Records.received(province));
        }
        send(CountingStore.EVENTS_TOPIC, withdrawn(province));
        send(CountingStore.EVENTS_TOPIC, withdrawn(province));
        send(CountingStore.REFERENCE_TOPIC, closed(province));
        send(CountingStore.REFERENCE_TOPIC, closed(province));
        Map<String, Long> expected = Map.of(RECEIVED, 5L, WITHDRAWN, 2L, CLOSED, 2L);
        awaitCounts(province, expected);
        // what a rebuild is for: a read model that no longer matches its events
        store.damage(province);
        assertThat(store.counts(province)).isEqualTo(Map.of(RECEIVED, 999L, WITHDRAWN, 999L, CLOSED, 999L));

        Response report = given().post("/q/rebuild").then().statusCode(200)
                .contentType("application/json")
                .body("events", greaterThanOrEqualTo(9))
                .body("seconds", greaterThan(0f))
                .body("eventsPerSecond", greaterThan(0f))
                .body("rawConsumer.seconds", greaterThan(0f))
                .body("rawConsumer.eventsPerSecond", greaterThan(0f))
                .body("malformed", equalTo(0))
                .body("countersRebuilt", greaterThanOrEqualTo(3))
                .extract().response();
        // the raw consumer read exactly the records the replay applied
        assertThat(report.path("rawConsumer.events", new String[0]).toString())
                .isEqualTo(report.path("events", new String[0]).toString());

        assertThat(store.counts(province)).isEqualTo(expected);
        // resumed: a new event is applied once, and the replayed ones are not applied again
        send(CountingStore.EVENTS_TOPIC, Records.received(province));
        awaitCounts(province, Map.of(RECEIVED, 6L, WITHDRAWN, 2L, CLOSED, 2L));
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefused() throws Exception {
        String province = "12";
        send(CountingStore.EVENTS_TOPIC, Records.received(province));
        awaitCounts(province, Map.of(RECEIVED, 1L));
        CountingStore.Hold hold = store.holdNextRecord();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> given().post("/q/rebuild").then().extract().statusCode());
        try {
            assertThat(hold.entered().await(30, TimeUnit.SECONDS)).as("the first rebuild is replaying").isTrue();

            given().post("/q/rebuild").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:rebuild-running"))
                    .body("status", equalTo(409));
        } finally {
            hold.release().countDown();
        }
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(store.counts(province)).isEqualTo(Map.of(RECEIVED, 1L));
    }

    @Test
    void aFailedRebuildSaysWhyAndResumesTheLiveChannel() {
        String province = "13";
        EventEnvelope refused = send(CountingStore.EVENTS_TOPIC, Records.received(province));
        send(CountingStore.EVENTS_TOPIC, Records.received(province));
        awaitCounts(province, Map.of(RECEIVED, 2L));

        store.failOn(refused.key());
        try {
            given().post("/q/rebuild").then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:rebuild-failed"))
                    .body("detail", containsString("the test refuses the record " + refused.key()));
        } finally {
            store.failOn(null);
        }

        // the channel was resumed although the rebuild failed
        String later = "14";
        send(CountingStore.EVENTS_TOPIC, Records.received(later));
        awaitCounts(later, Map.of(RECEIVED, 1L));
        // and running it again repairs what the failure left half built
        given().post("/q/rebuild").then().statusCode(200);
        assertThat(store.counts(province)).isEqualTo(Map.of(RECEIVED, 2L));
        assertThat(store.counts(later)).isEqualTo(Map.of(RECEIVED, 1L));
    }

    private void awaitCounts(String province, Map<String, Long> expected) {
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(store.counts(province)).isEqualTo(expected));
    }

    private static EventEnvelope send(String topic, EventEnvelope event) {
        TestKafka.send(topic, event.key(), CloudEventCodec.headers(event), CloudEventCodec.payloadJson(event.payload()));
        return event;
    }

    private static EventEnvelope withdrawn(String province) {
        Instant at = Instant.parse("2026-03-05T02:00:00Z");
        return EventEnvelope.of(new DossierWithdrawn(UUID.randomUUID(), null, "SKHCN-" + province, at,
                "Công dân rút hồ sơ", null), new ProvinceCode(province), at);
    }

    private static EventEnvelope closed(String province) {
        Instant at = Instant.parse("2026-03-06T02:00:00Z");
        return EventEnvelope.of(new DossierClosed(UUID.randomUUID(), null, "SKHCN-" + province, at, at, null),
                new ProvinceCode(province), at);
    }
}
