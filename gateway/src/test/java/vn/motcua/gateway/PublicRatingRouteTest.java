package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: the applicant rates a returned dossier without signing in ({@code POST /api/evaluations/ratings}, the
 * rating ticket of the public lookup is the proof, checked by evaluation-service); nothing else of the evaluations
 * is opened. FakeUpstream points evaluations at a closed port, so a request the gateway let through answers 502
 * (upstream-unavailable) and one it stopped answers 401.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class PublicRatingRouteTest {

    @ParameterizedTest(name = "{0} {1} without a token → {2}")
    @CsvSource(textBlock = """
            POST,   /api/evaluations/ratings,            502
            GET,    /api/evaluations/ratings,            401
            PUT,    /api/evaluations/ratings,            401
            DELETE, /api/evaluations/ratings,            401
            POST,   /api/evaluations/ratings/x,          401
            POST,   /api/evaluations/ratings-x,          401
            POST,   /api/evaluations/feedback,           401
            PUT,    /api/evaluations/assessments/STP-20, 401
            GET,    /api/evaluations/dossiers/x,         401
            """)
    void onlyTheRatingIsOpenWithoutAToken(String method, String path, int status) {
        var request = given();
        if (!method.equals("GET")) {
            request.contentType("application/json").body("{\"ticket\": \"v1.x.y\", \"contents\": {\"KHAC\": 1}}");
        }
        request.request(method, path).then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
    }
}
