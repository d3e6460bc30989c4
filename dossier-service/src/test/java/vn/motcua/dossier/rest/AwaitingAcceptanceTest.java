package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.TestClock;
import vn.motcua.dossier.service.SweepFixtures;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * Decree 118/2025 Art. 17 cl. 2: the desk answers an online dossier within 8 working hours of its submission. The
 * list marks those past it; no event is published (the limit binds the desk, which reads this list). Province 13,
 * weekdays-only calendar, 07:30-11:30 and 13:30-17:00 (UTC+7).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AwaitingAcceptanceTest {
    static final String PROVINCE = "13";

    @Inject
    SweepFixtures fixtures;

    static io.restassured.response.ValidatableResponse listAt(Instant at, String query) {
        AtomicReference<io.restassured.response.ValidatableResponse> answer = new AtomicReference<>();
        TestClock.at(at, () -> answer.set(given().auth().oauth2(Tokens.receptionOfficer(PROVINCE))
                .get("/api/dossiers/awaiting-acceptance" + query).then().statusCode(200)));
        return answer.get();
    }

    @Test
    void anOnlineDossierIsLateForAcceptanceAfterEightWorkingHours() {
        // submitted Wed 04/03/2026 10:00: 1.5 + 3.5 on Wednesday, 3 on Thursday -> answer by Thu 05/03 10:30
        String id = fixtures.submitOnline(PROVINCE, "1.000913", Instant.parse("2026-03-04T03:00:00Z"));

        listAt(Instant.parse("2026-03-05T03:30:00Z"), "")
                .body("find { it.id == '" + id + "' }.answerBy", equalTo("2026-03-05T03:30:00Z"))
                .body("find { it.id == '" + id + "' }.late", equalTo(false))
                .body("find { it.id == '" + id + "' }.channel", equalTo("ONLINE_NATIONAL_PORTAL"));
        listAt(Instant.parse("2026-03-05T03:30:00Z"), "?overdue=true").body("id", not(hasItem(id)));
        listAt(Instant.parse("2026-03-05T03:31:00Z"), "?overdue=true")
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.late", equalTo(true));
    }

    @Test
    void anotherProvincesDeskDoesNotSeeIt() {
        String id = fixtures.submitOnline(PROVINCE, "1.000913", Instant.parse("2026-03-04T03:00:00Z"));
        String otherDesk = Tokens.receptionOfficer("20");
        TestClock.at(Instant.parse("2026-03-06T03:00:00Z"), () -> given().auth().oauth2(otherDesk)
                .get("/api/dossiers/awaiting-acceptance?overdue=true").then().statusCode(200)
                .body("id", not(hasItem(id))));
    }

    @Test
    void overdueIsTrueOrFalse() {
        given().auth().oauth2(Tokens.receptionOfficer(PROVINCE)).get("/api/dossiers/awaiting-acceptance?overdue=yes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("overdue"));
    }
}
