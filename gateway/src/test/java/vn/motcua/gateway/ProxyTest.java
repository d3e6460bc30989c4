package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class ProxyTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/api/dossiers/D-1/attachments")
    URI attachments;

    @TestHTTPResource("/api/reports/trickle")
    URI trickle;

    @Test
    void tokenPathQueryAndMethodReachTheServiceUnchanged() {
        String token = Tokens.receptionOfficer("20");
        given().auth().oauth2(token)
                .get("/api/dossiers/D-1?status=open")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/dossiers/D-1"))
                .body("query", equalTo("status=open"))
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void anOfficersWorklistReachesTheDossierServiceWithItsQuery() {
        given().auth().oauth2(Tokens.receptionOfficer("20"))
                .get("/api/worklist?view=mine&flag=OVERDUE")
                .then().statusCode(200)
                .body("path", equalTo("/api/worklist"))
                .body("query", equalTo("view=mine&flag=OVERDUE"));
        given().get("/api/worklist").then().statusCode(401);
    }

    @Test
    void correlationIdIsAddedWhenTheCallerSentNone() {
        Response response = given().auth().oauth2(Tokens.receptionOfficer("20")).get("/api/dossiers/D-1");
        String id = response.header("X-Correlation-Id");
        assertThat(id).matches(UUID);
        assertThat(response.headers().getValues("X-Correlation-Id")).containsExactly(id);
        assertThat(response.jsonPath().getString("headers.x-correlation-id")).isEqualTo(id);
    }

    @Test
    void callersSafeCorrelationIdIsKept() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).header("X-Correlation-Id", "portal-20.abc_123")
                .get("/api/dossiers/D-1")
                .then().statusCode(200)
                .header("X-Correlation-Id", "portal-20.abc_123")
                .body("headers.x-correlation-id", equalTo("portal-20.abc_123"));
    }

    @Test
    void callersUnsafeCorrelationIdIsReplaced() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).header("X-Correlation-Id", "x\"><script>alert(1)</script>")
                .get("/api/dossiers/D-1")
                .then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern(UUID))
                .body("headers.x-correlation-id", matchesPattern(UUID));
    }

    /** Java's HttpClient offers h2c; over HTTP/2 such a body once reached the service empty (infra.md §10). */
    @Test
    void chunkedOneMebibyteBodyArrivesIntact() throws Exception {
        byte[] body = new byte[1024 * 1024];
        new Random(20).nextBytes(body);
        HttpRequest request = HttpRequest.newBuilder(attachments)
                .header("Authorization", "Bearer " + Tokens.receptionOfficer("20"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject echo = new JsonObject(response.body());
            assertThat(echo.getString("method")).isEqualTo("POST");
            // read whole at the gateway, then sent with its length
            assertThat(echo.getJsonObject("headers").getString("content-length")).isEqualTo("1048576");
            assertThat(echo.getInteger("bodyLength")).isEqualTo(body.length);
            assertThat(echo.getString("bodySha256")).isEqualTo(FakeUpstream.sha256(body));
        }
    }

    @Test
    void unreachableServiceGives502Problem() {
        given().auth().oauth2(Tokens.receptionOfficer("20"))
                .get("/api/evaluations/E-1")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:upstream-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(502))
                .body("detail", containsString("evaluations"))
                .body("instance", equalTo("/api/evaluations/E-1"))
                .body("correlationId", matchesPattern(UUID));
    }

    @Test
    void serviceSilentBeyondTheRouteTimeoutGives504Problem() {
        long start = System.nanoTime();
        given().auth().oauth2(Tokens.provinceAdmin("20"))
                .get("/api/reports/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:upstream-timeout"))
                .body("status", equalTo(504))
                .body("detail", containsString("reports"));
        // the route's timeout is 1 s; the fake answers after 3 s
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 2900L);
    }

    /** The fake never stays silent for the route's 1 s timeout, yet takes 3 s; the route's deadline is 2 s. */
    @Test
    void serviceTricklingPastTheDeadlineHasTheAnswerCut() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(trickle)
                .header("Authorization", "Bearer " + Tokens.provinceAdmin("20"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void apiPathNoServiceAnswersIs404Problem() {
        given().auth().oauth2(Tokens.receptionOfficer("20"))
                .get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-found"));
    }
}
