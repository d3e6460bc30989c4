package vn.motcua.gateway.proxy;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.gateway.FakeUpstream;
import vn.motcua.testing.Tokens;

/** A route naming several instances of a service ({@code url=http://a,http://b}). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
@QuarkusTestResource(value = ServiceInstances.class, restrictToAnnotatedClass = true)
class RoundRobinTest {
    private final String token = Tokens.receptionOfficer("20");

    @Test
    void requestsGoToTheInstancesInTurn() {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answeredBy.add(given().auth().oauth2(token).get("/api/twins/D-" + i)
                    .then().statusCode(200).extract().path("instance"));
        }

        assertThat(answeredBy).containsExactly("A", "B", "A", "B");
    }

    @Test
    void anInstanceRefusingConnectionsIsPassedOverAndItsRequestsGoToTheOther() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType("application/json").body("{\"n\":" + i + "}")
                    .post("/api/half-down/intake-" + i)
                    .then().statusCode(200)
                    .body("instance", equalTo("A"))
                    .body("body", equalTo("{\"n\":" + i + "}"));
            // sent once, to the instance that took the connection
            assertThat(received("a", "/api/half-down/intake-" + i)).isEqualTo(1);
        }
    }

    @Test
    void aRequestThatMayHaveReachedAnInstanceIsNeverSentToAnother() {
        // the first in turn takes the request and hangs up without an answer: the caller learns it failed
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/hangs-up/intake")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:upstream-unavailable"));

        assertThat(received("b", "/api/hangs-up/intake")).isZero();
        // the next request in turn goes to B as usual
        given().auth().oauth2(token).get("/api/hangs-up/next").then().statusCode(200).body("instance", equalTo("B"));
    }

    @Test
    void whenNoInstanceCanBeConnectedToTheCallerGetsAProblem() {
        given().auth().oauth2(token).get("/api/all-down/D-1")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:upstream-unavailable"))
                .body("detail", equalTo("The all-down service cannot be reached; try again later."));
    }

    private static int received(String instance, String path) {
        String url = ConfigProvider.getConfig().getValue("instances." + instance, String.class);
        return get(url + ServiceInstances.RECEIVED + "?path=" + path).then().statusCode(200).extract().path("count");
    }
}
