package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class HealthTest {

    @Test
    void probesAnswerWithoutAToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountRequestsPerRouteNotPerDossier() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).get("/api/dossiers/HS-2026-000123").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200).body(allOf(
                containsString("uri=\"/api/dossiers/*\""),
                not(containsString("HS-2026-000123"))));
    }
}
