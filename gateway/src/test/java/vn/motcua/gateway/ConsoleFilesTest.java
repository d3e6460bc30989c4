package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** The console is served at / without sign-in, under a policy that lets no inline or foreign script run. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class ConsoleFilesTest {

    @Test
    void theConsoleOpensAtTheRootInVietnamese() {
        given().get("/")
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("Bỏ qua, đến nội dung chính"));
    }

    @Test
    void scriptsAreServedAsJavaScriptModules() {
        given().get("/assets/app.js")
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/javascript"))
                .body(containsString("hashchange"));
    }

    @Test
    void aMissingFileIsAProblemNotAPage() {
        given().get("/assets/khong-co.js")
                .then().statusCode(404)
                .header("Content-Type", equalTo("application/problem+json"));
    }

    @Test
    void theConsoleIsReadOnly() {
        given().contentType("application/json").body("{}").post("/")
                .then().statusCode(401);
    }
}
