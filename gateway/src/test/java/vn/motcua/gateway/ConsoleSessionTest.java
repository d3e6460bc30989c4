package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

/**
 * The gateway as the console's backend-for-frontend: sign-in starts the code flow with PKCE, a lost session is a
 * 401 (never a redirect a page's fetch would choke on), and a bearer token keeps working beside it. The whole flow
 * against the real realm is ConsoleSignInIT's.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class ConsoleSessionTest {

    @Test
    void noOneIsSignedInWithoutASession() {
        given().get("/auth/me")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("signedIn", equalTo(false));
    }

    @Test
    void signingInStartsTheCodeFlowWithPkce() {
        Response response = given().redirects().follow(false).get("/auth/login?next=%23%2Fxu-ly");
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.header("Location"));
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        // the provider's authorization endpoint (WireMock's stand-in names it /auth/realms/quarkus)
        assertThat(location.getPath()).startsWith("/auth/realms/quarkus");
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", "quarkus-web-app")
                .containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge")
                .containsKey("state");
        assertThat(query.get("redirect_uri")).endsWith("/auth/callback");
        // the verifier travels in the encrypted state cookie, never in the URL
        assertThat(response.getCookies().keySet()).anyMatch(name -> name.startsWith("q_auth_console"));
        assertThat(location.getRawQuery()).doesNotContain("code_verifier");
    }

    @Test
    void aForgedSessionCookieIsA401ProblemAndNoServiceIsCalled() {
        int before = Upstream.received();
        given().redirects().follow(false).cookie("q_session_console", "not-a-session")
                .get("/api/dossiers/1")
                .then().statusCode(401)
                .header("Content-Type", equalTo("application/problem+json"))
                .body("type", equalTo("urn:mot-cua:problem:unauthorized"));
        assertThat(Upstream.received()).isEqualTo(before);
    }

    @Test
    void aBearerTokenIsUsedEvenBesideASessionCookieAndCookiesNeverReachTheService() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).cookie("q_session_console", "junk")
                .get("/api/dossiers/echo-headers")
                .then().statusCode(200)
                .body("path", equalTo("/api/dossiers/echo-headers"))
                .body("headers.cookie", equalTo(null));
    }

    @Test
    void signingOutWithoutASessionGoesHome() {
        given().redirects().follow(false).get("/auth/logout")
                .then().statusCode(303).header("Location", equalTo("/"));
    }
}
