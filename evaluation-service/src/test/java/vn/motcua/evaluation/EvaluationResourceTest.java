package vn.motcua.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.repository.IndicatorScore;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.EventType;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvaluationResourceTest {
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";
    static final Duration EVENTUALLY = Duration.ofSeconds(20);

    @Inject
    MeterRegistry metrics;

    @Inject
    TenantRunner tenants;

    @Test
    void aResolvedDossierIsScoredAndTheScoreIsAnnouncedAsItsProvince() {
        UUID dossier = UUID.randomUUID();
        send(resolved(LANG_SON, dossier, Timeliness.EARLY));

        awaitScored(LANG_SON, dossier);
        given().auth().oauth2(Tokens.processingOfficer(LANG_SON)).get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(200)
                .body("dossierId", equalTo(dossier.toString()))
                .body("indicators.size()", equalTo(1))
                .body("indicators[0].indicator", equalTo(1))
                .body("indicators[0].points", equalTo(2))
                .body("totalPoints", equalTo(2))
                .body("maxPoints", equalTo(2));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            ConsumerRecord<String, String> event =
                    reader.await(r -> dossier.toString().equals(r.key()), 1, EVENTUALLY).getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE))
                    .isEqualTo(EventType.DOSSIER_EVALUATED.type());
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
            assertThat(event.value()).contains("\"indicator\":1", "\"points\":2");
        }
    }

    @Test
    void aRedeliveredResolutionIsScoredOnceAndAnnouncedOnce() {
        UUID dossier = UUID.randomUUID();
        EventEnvelope event = resolved(LANG_SON, dossier, Timeliness.LATE);
        double markers = consumed(EventType.DOSSIER_RECEIVED);

        send(event);
        send(event);
        // one dossier's events share a partition: once this marker is handled, both deliveries were
        send(received(LANG_SON, dossier));

        await().atMost(EVENTUALLY).until(() -> consumed(EventType.DOSSIER_RECEIVED) >= markers + 1);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(200).body("indicators.size()", equalTo(1)).body("totalPoints", equalTo(0));
        long[] rows = new long[1];
        tenants.inTransactionAs(new ProvinceCode(LANG_SON),
                () -> rows[0] = IndicatorScore.count("dossierId", dossier));
        assertThat(rows[0]).isEqualTo(1);
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            reader.await(r -> dossier.toString().equals(r.key()), 1, EVENTUALLY);
            assertThat(reader.within(r -> dossier.toString().equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
        }
    }

    @Test
    void aSecondResolutionOfTheSameDossierKeepsTheFirstScore() {
        // two different events (a dossier resolved, reopened, resolved again late): not a redelivery, so the
        // inbox lets both through and only the service's own guard keeps the first score
        UUID dossier = UUID.randomUUID();
        double markers = consumed(EventType.DOSSIER_RECEIVED);
        send(resolved(LANG_SON, dossier, Timeliness.EARLY));
        send(resolved(LANG_SON, dossier, Timeliness.LATE));
        send(received(LANG_SON, dossier));

        await().atMost(EVENTUALLY).until(() -> consumed(EventType.DOSSIER_RECEIVED) >= markers + 1);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(200).body("indicators.size()", equalTo(1))
                .body("indicators[0].points", equalTo(2)).body("totalPoints", equalTo(2));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            reader.await(r -> dossier.toString().equals(r.key()), 1, EVENTUALLY);
            List<ConsumerRecord<String, String>> announced =
                    reader.within(r -> dossier.toString().equals(r.key()), Duration.ofSeconds(3));
            assertThat(announced).hasSize(1);
            assertThat(announced.getFirst().value()).contains("\"points\":2");
        }
        // the second resolution was handled, not parked as a failure
        try (TestKafka.Reader dlq = TestKafka.reader("dlq.evaluation-service")) {
            assertThat(dlq.within(r -> dossier.toString().equals(r.key()), Duration.ofSeconds(3)).stream()
                    .map(ConsumerRecord::value).toList()).as("resolutions parked as failures").isEmpty();
        }
    }

    @Test
    void aTokenWithoutAProvinceReadsNoProvincesScores() {
        UUID dossier = UUID.randomUUID();
        send(resolved(LANG_SON, dossier, Timeliness.ON_TIME));
        awaitScored(LANG_SON, dossier);

        // fails closed: no province claim means a tenant that matches no row, not "every province"
        given().auth().oauth2(Tokens.user("admin-nowhere").roles("province-admin").sign())
                .get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-evaluated"));
    }

    @Test
    void anotherProvinceCannotSeeTheScore() {
        UUID dossier = UUID.randomUUID();
        send(resolved(LANG_SON, dossier, Timeliness.ON_TIME));
        awaitScored(LANG_SON, dossier);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(200).body("totalPoints", equalTo(1));

        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDossierNotYetResolvedIsNotEvaluated() {
        UUID dossier = UUID.randomUUID();
        double before = consumed(EventType.DOSSIER_RECEIVED);
        send(received(LANG_SON, dossier));
        await().atMost(EVENTUALLY).until(() -> consumed(EventType.DOSSIER_RECEIVED) >= before + 1);

        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get("/api/evaluations/dossiers/{id}", dossier)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-evaluated"));
    }

    @Test
    void onlyOfficialsOfTheProvinceReadScores() {
        given().get("/api/evaluations/dossiers/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON).signWithForeignKey())
                .get("/api/evaluations/dossiers/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.user("citizen").roles("citizen").province(LANG_SON).sign())
                .get("/api/evaluations/dossiers/{id}", UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }

    static EventEnvelope resolved(String province, UUID dossier, Timeliness timeliness) {
        Instant received = Instant.now().minus(10, ChronoUnit.DAYS);
        Instant due = received.plus(14, ChronoUnit.DAYS);
        Instant resolvedAt = switch (timeliness) {
            case EARLY -> due.minus(3, ChronoUnit.DAYS);
            case ON_TIME -> due.minus(1, ChronoUnit.HOURS);
            case LATE -> due.plus(2, ChronoUnit.DAYS);
        };
        DossierResolved payload = new DossierResolved(dossier, province + "-260303-000001", "1.004227",
                "SKHCN-" + province, Channel.ONLINE_PROVINCIAL_PORTAL, received, due, resolvedAt, timeliness, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        return EventEnvelope.of(payload, new ProvinceCode(province), resolvedAt);
    }

    static EventEnvelope received(String province, UUID dossier) {
        Instant now = Instant.now();
        return EventEnvelope.of(new DossierReceived(dossier, province + "-260303-000009", "1.004227",
                "SKHCN-" + province, Channel.DIRECT_CENTRE, now, now.plus(10, ChronoUnit.DAYS), 1, "CHUNG",
                RuleSet.DECREE_118_2025, null, null, null),
                new ProvinceCode(province), now);
    }

    static void awaitScored(String province, UUID dossier) {
        await().atMost(EVENTUALLY).until(() -> given().auth().oauth2(Tokens.provinceAdmin(province))
                .get("/api/evaluations/dossiers/{id}", dossier).statusCode() == 200);
    }

    static void send(EventEnvelope event) {
        TestKafka.publish(event);
    }

    private double consumed(EventType type) {
        Counter c = metrics.find("motcua.events.consumed")
                .tags("consumer", "evaluation-service", "type", type.type()).counter();
        return c == null ? 0 : c.count();
    }
}
