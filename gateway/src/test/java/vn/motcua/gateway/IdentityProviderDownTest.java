package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakUnreachable.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class IdentityProviderDownTest {

    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/mot-cua");
        }
    }

    @Test
    void protectedPathsAnswer503ProblemWhileKeycloakIsUnreachable() {
        given().get("/api/dossiers/D-1")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:identity-provider-unavailable"));
        given().auth().oauth2(Tokens.receptionOfficer("20")).get("/api/dossiers/D-1")
                .then().statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void publicCatalogueStillWorksWhileKeycloakIsUnreachable() {
        given().get("/api/catalog/public/procedures").then().statusCode(200);
    }
}
