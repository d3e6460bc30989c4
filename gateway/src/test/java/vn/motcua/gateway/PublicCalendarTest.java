package vn.motcua.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Tokens;

/** A province's working calendar is published: anyone reads it; changing it needs a token (issue 12 item 3). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class PublicCalendarTest {

    @Test
    void aProvincesCalendarIsReadableWithoutAToken() {
        given().get("/api/catalog/calendars/20")
                .then().statusCode(200)
                .body("path", equalTo("/api/catalog/calendars/20"));
    }

    @Test
    void changingACalendarNeedsATokenAndTheServiceIsNotCalledWithoutOne() {
        int before = Upstream.received();
        given().contentType("application/json").body("{}").post("/api/catalog/calendars/days")
                .then().statusCode(401);
        given().contentType("application/json").body("{}").put("/api/catalog/calendars/office-hours")
                .then().statusCode(401);
        given().delete("/api/catalog/calendars/days/2098-01-01").then().statusCode(401);
        assertThat(Upstream.received()).isEqualTo(before);

        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("application/json").body("{}")
                .post("/api/catalog/calendars/days")
                .then().statusCode(200).body("path", equalTo("/api/catalog/calendars/days"));
    }
}
