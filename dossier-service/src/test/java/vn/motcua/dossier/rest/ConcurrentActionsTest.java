package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Two officers at two desks act on the same dossier at the same moment: one action wins, the other is told so
 * (409), and the dossier has one log entry and one event for it, never two. province 26, which no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConcurrentActionsTest {
    static final String PROVINCE = "26";
    static final String PROCEDURE = "1.002626";
    static final Supplier<String> DESK = () -> Tokens.receptionOfficer(PROVINCE);
    static final Supplier<String> PORTAL = () -> Tokens.user("service-account-portal-26").roles("portal")
            .province(PROVINCE).sign();
    private static boolean ready;

    @Inject
    DataSource db;

    @BeforeEach
    void catalogueOnce() {
        if (!ready) {
            ready = true;
            Catalogue.publish(PROVINCE, PROCEDURE, 5);
            Catalogue.awaitReplica(PROVINCE, PROCEDURE);
        }
    }

    @Test
    void twoDesksAcceptingTheSameOnlineDossierAcceptItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = given().auth().oauth2(PORTAL.get()).contentType(ContentType.JSON)
                    .body(Dossiers.request(PROCEDURE, "ONLINE_NATIONAL_PORTAL")).post("/api/dossiers").then()
                    .statusCode(201).extract().path("id");

            List<Integer> answers = atOnce(4, () -> given().auth().oauth2(DESK.get()).contentType(ContentType.JSON)
                    .body("{}").post("/api/dossiers/{id}/accept", id).then().extract().statusCode());

            assertThat(answers).as("round %d", round).containsOnly(200, 409).containsOnlyOnce(200);
            assertThat(Sql.row(db, "select count(*) from dossier_action where dossier_id = '" + id
                    + "' and action = 'RECEIVE'")).isEqualTo("1");
            assertThat(receivedEvents(id)).isEqualTo(1);
        }
    }

    @Test
    void twoOfficersResolvingAtOnceResolveOnce() throws Exception {
        String id = given().auth().oauth2(DESK.get()).contentType(ContentType.JSON)
                .body(Dossiers.request(PROCEDURE, "DIRECT_CENTRE")).post("/api/dossiers").then()
                .statusCode(201).extract().path("id");

        List<Integer> answers = atOnce(4, () -> given().auth().oauth2(Tokens.processingOfficer(PROVINCE))
                .post("/api/dossiers/{id}/resolve", id).then().extract().statusCode());

        assertThat(answers).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(Sql.row(db, "select count(*) from dossier_action where dossier_id = '" + id + "'")).isEqualTo("2");
    }

    static <T> List<T> atOnce(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(call));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static int receivedEvents(String id) {
        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            reader.await(r -> id.equals(r.key()) && "vn.motcua.dossier.received.v1".equals(
                    TestKafka.header(r, CloudEventCodec.H_TYPE)), 1, Duration.ofSeconds(30));
            return reader.within(r -> id.equals(r.key()) && "vn.motcua.dossier.received.v1".equals(
                    TestKafka.header(r, CloudEventCodec.H_TYPE)), Duration.ofSeconds(2)).size();
        }
    }
}
