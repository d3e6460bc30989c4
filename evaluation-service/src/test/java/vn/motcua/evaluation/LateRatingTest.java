package vn.motcua.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.evaluation.flow.Scenario.EVENTUALLY;
import static vn.motcua.evaluation.flow.Scenario.LANG_SON;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.evaluation.flow.GivenCitizenSignals;
import vn.motcua.evaluation.flow.Scenario;
import vn.motcua.evaluation.service.Reevaluation;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * A rating that arrives after the evaluation (Circular 01/2018/TT-VPCP Art. 13, indicator 7: the applicant rated
 * the officer's attitude "không hài lòng") lowers indicator 7 of the dossier and of its officers' scorecards, and
 * both are published again: the dossier with revision 2.
 */
@QuarkusTest
@TestProfile(LateRatingTest.WithGivenRatings.class)
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LateRatingTest {
    public static class WithGivenRatings implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(GivenCitizenSignals.class);
        }
    }

    @Inject
    GivenCitizenSignals signals;

    @Inject
    Reevaluation reevaluation;

    @Inject
    TenantRunner tenants;

    @Test
    void aLateRatingChangesIndicatorSevenAndTheScorecardAndIsPublishedAsRevisionTwo() {
        Scenario q = Scenario.published();
        DossierStory early = q.dossiers.getFirst();
        String officerCard = LANG_SON + ":OFFICER:" + q.reception + ":2026-Q2";
        try (TestKafka.Reader scorecards = TestKafka.reader(Topics.EVALUATION_SCORECARDS)) {
            scorecards.await(r -> officerCard.equals(r.key()) && r.value().contains("\"total\":7.4"), 1, EVENTUALLY);
        }

        // as the rating use case does, in its transaction as the dossier's province
        signals.rate(early.id, new DossierFacts.Rating(Map.of("THAI_DO", 0, "THOI_GIAN", 2),
                Instant.parse("2026-04-20T03:00:00Z")));
        tenants.inTransactionAs(new ProvinceCode(LANG_SON), () -> reevaluation.dossierChanged(early.id));

        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", early.id)
                .then().statusCode(200).body("revision", equalTo(2))
                .body("indicators.find { it.indicator == 7 }.points", equalTo(0))
                .body("rating.contents.content", org.hamcrest.Matchers.contains("THAI_DO", "THOI_GIAN"));
        try (TestKafka.Reader evaluations = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            List<ConsumerRecord<String, String>> revisions =
                    evaluations.await(r -> early.id.toString().equals(r.key()), 2, EVENTUALLY);
            assertThat(revisions.getLast().value()).contains("\"revision\":2");
        }
        // 7: (0 + 2 + 1) / 3 = 1.0; total 1.7 + 2.0 + 2.0 + 1.0 = 6.7, still 100 % (5 or more)
        await().atMost(EVENTUALLY).until(() -> Float.valueOf(6.7f).equals(given().auth()
                .oauth2(Tokens.provinceAdmin(LANG_SON)).queryParam("subject", q.reception)
                .queryParam("period", "2026-Q2").get("/api/evaluations/scorecards/OFFICER/detail").path("total")));
        try (TestKafka.Reader scorecards = TestKafka.reader(Topics.EVALUATION_SCORECARDS)) {
            ConsumerRecord<String, String> changed = scorecards.await(r -> officerCard.equals(r.key())
                    && r.value().contains("\"total\":6.7"), 1, EVENTUALLY).getFirst();
            assertThat(changed.value()).contains("\"band\":\"OFFICER_FULL\"");
        }
    }
}
