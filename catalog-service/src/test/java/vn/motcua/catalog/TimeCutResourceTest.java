package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Issue 12, item 4: a time-cut review stores its inputs and shows the figures computed from them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TimeCutResourceTest {
    private static final AtomicInteger DECISION = new AtomicInteger();

    @Inject
    DataSource dataSource;

    static String decision() {
        return DECISION.incrementAndGet() + "/QĐ-UBND-" + System.nanoTime();
    }

    static String review(String decision, String... items) {
        return """
                {"decision":{"number":"%s","date":"2022-06-06","issuer":"UBND tỉnh Lạng Sơn"},
                 "items":[%s]}""".formatted(decision, String.join(",", items));
    }

    static String item(String code, int before, int after) {
        return """
                {"procedureCode":"%s","daysBefore":%d,"daysAfter":%d}""".formatted(code, before, after);
    }

    @Test
    void aReviewShowsTheDaysAndShareCutComputedFromItsInputs() {
        String a = Procedures.newCode();
        String b = Procedures.newCode();
        Procedures.draft(Procedures.LANG_SON, a);
        Procedures.draft(Procedures.LANG_SON, b);
        String number = decision();

        String id = given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body(review(number, item(a, 80, 50), item(b, 30, 19)))
                .post("/api/catalog/time-cuts")
                .then().statusCode(201)
                .body("province", equalTo("20"))
                .body("daysBefore", equalTo(110))
                .body("daysAfter", equalTo(69))
                .body("daysCut", equalTo(41))
                .body("percentCut", equalTo(37.3f))
                .body("items.daysCut", contains(30, 11))
                .extract().path("id");

        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/catalog/time-cuts/{id}", id)
                .then().statusCode(200).body("decisionNumber", equalTo(number)).body("percentCut", equalTo(37.3f));
        given().auth().oauth2(Tokens.provinceAdmin("20")).get("/api/catalog/time-cuts")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aReviewOfOnTheSpotProceduresHasNoShareToGive() {
        String a = Procedures.newCode();
        Procedures.draft(Procedures.LANG_SON, a);

        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body(review(decision(), item(a, 0, 0)))
                .post("/api/catalog/time-cuts")
                .then().statusCode(201).body("daysCut", equalTo(0)).body("percentCut", nullValue());
    }

    @Test
    void aLongerTimeAnUnknownOrForeignProcedureAndARepeatedOneAreEachNamedAndNothingIsStored() throws SQLException {
        String ours = Procedures.newCode();
        String theirs = Procedures.newCode();
        Procedures.draft(Procedures.LANG_SON, ours);
        Procedures.draft(Procedures.CAO_BANG, theirs);
        long before = count();

        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body(review(decision(), item(ours, 10, 12), item(theirs, 10, 5), item("9.999999", 5, 5),
                        item(ours, 5, 4)))
                .post("/api/catalog/time-cuts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("items[0].daysAfter", "items[1].procedureCode",
                        "items[2].procedureCode", "items[3].procedureCode"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oneDecisionIsAdoptedOnceAndAnotherProvinceNeverSeesIt() throws SQLException {
        String a = Procedures.newCode();
        Procedures.draft(Procedures.LANG_SON, a);
        String number = decision();
        String id = given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body(review(number, item(a, 10, 8))).post("/api/catalog/time-cuts")
                .then().statusCode(201).extract().path("id");
        long before = count();

        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body(review(number, item(a, 10, 7))).post("/api/catalog/time-cuts")
                .then().statusCode(409).body("errors[0].field", equalTo("decision.number"));
        given().auth().oauth2(Tokens.provinceAdmin("04")).get("/api/catalog/time-cuts/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.provinceAdmin("04")).get("/api/catalog/time-cuts")
                .then().statusCode(200).body("id", not(hasItem(id)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyTheProvinceAdminAdoptsAReview() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).contentType(ContentType.JSON)
                .body(review(decision(), item("1.004227", 10, 8))).post("/api/catalog/time-cuts")
                .then().statusCode(403);
    }

    private long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from time_cut_item")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
