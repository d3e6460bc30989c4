package vn.motcua.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.motcua.evaluation.flow.Scenario.EVENTUALLY;
import static vn.motcua.evaluation.flow.Scenario.LANG_SON;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.flow.Scenario;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Issue 15, "done when": the store built from the events gives the same numbers after a full rebuild from Kafka
 * ({@code POST /q/rebuild}, platform/commons' Rebuild over {@code EvaluationStore}), and publishes nothing that was
 * published already.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvaluationRebuildTest {
    @Inject
    DataSource dataSource;

    @Test
    void aRebuildFromTheTopicsGivesTheSameScorecardsAndPublishesNothingAgain() throws SQLException {
        Scenario q = Scenario.published();
        String officerCard = LANG_SON + ":OFFICER:" + q.reception + ":2026-Q2";
        await().atMost(EVENTUALLY).until(() -> stored(officerCard).equals(List.of("7.4", "8.0", "3")));
        List<String> agencyCard = stored(LANG_SON + ":AGENCY:" + q.agency + ":2026-Q2");
        assertThat(agencyCard).containsExactly("9.4", "12.0", "3");

        // what a rebuild is for: a store that no longer matches its events
        execute("delete from dossier_evaluation where agency = '" + q.agency + "'");
        execute("update scorecard set total = 0 where id = '" + officerCard + "'");
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).queryParam("subject", q.agency)
                .queryParam("period", "2026-Q2").get("/api/evaluations/scorecards/AGENCY/detail")
                .then().body("dossiers", equalTo(0));

        try (TestKafka.Reader evaluations = TestKafka.reader(Topics.EVALUATION_EVENTS);
                TestKafka.Reader scorecards = TestKafka.reader(Topics.EVALUATION_SCORECARDS)) {
            int before = evaluations.within(r -> q.dossiers.stream().anyMatch(d -> d.id.toString().equals(r.key())),
                    Duration.ofSeconds(2)).size();
            int cardsBefore = scorecards.within(r -> officerCard.equals(r.key()), Duration.ofMillis(500)).size();

            given().post("/q/rebuild").then().statusCode(200).contentType("application/json")
                    .body("events", greaterThanOrEqualTo(6))
                    .body("eventsPerSecond", greaterThan(0f))
                    .body("rawConsumer.eventsPerSecond", greaterThan(0f))
                    .body("evaluationsChanged", notNullValue())
                    .body("scorecardsChanged", notNullValue());

            assertThat(stored(officerCard)).containsExactly("7.4", "8.0", "3");
            assertThat(stored(LANG_SON + ":AGENCY:" + q.agency + ":2026-Q2")).isEqualTo(agencyCard);
            given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).queryParam("subject", q.agency)
                    .queryParam("period", "2026-Q2").get("/api/evaluations/scorecards/AGENCY/detail")
                    .then().body("dossiers", equalTo(3)).body("total", equalTo(9.4f));
            given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                    .get("/api/evaluations/dossiers/{id}", q.dossiers.getFirst().id)
                    .then().body("revision", equalTo(1)).body("status", equalTo("EVALUATED"));
            // equal to what was published: nothing published again
            assertThat(evaluations.within(r -> q.dossiers.stream().anyMatch(d -> d.id.toString().equals(r.key())),
                    Duration.ofSeconds(3))).hasSize(before);
            assertThat(scorecards.within(r -> officerCard.equals(r.key()), Duration.ofSeconds(1)))
                    .hasSize(cardsBefore);
        }
    }

    /** total, max and dossiers of a stored scorecard; empty when none is stored. */
    private List<String> stored(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select total, max, dossiers from scorecard where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                List<String> row = new ArrayList<>();
                if (rs.next()) {
                    row.add(rs.getBigDecimal(1).toPlainString());
                    row.add(rs.getBigDecimal(2).toPlainString());
                    row.add(Integer.toString(rs.getInt(3)));
                }
                return row;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
