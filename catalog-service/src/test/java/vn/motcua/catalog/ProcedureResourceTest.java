package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProcedureResourceTest {
    private static final AtomicInteger SEQ = new AtomicInteger(100);
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";

    static String newCode() {
        return String.format("1.%06d", SEQ.incrementAndGet());
    }

    static String body(String code) {
        return """
                {"code":"%s","name":"Cấp giấy phép tiến hành công việc bức xạ","field":"An toàn bức xạ và hạt nhân",
                 "agency":"SKHCN-20","prescribedWorkingDays":10}""".formatted(code);
    }

    static String draft(String province, String code) {
        // an admin drafts for an agency of its own province (Sở KH&CN of that province)
        return given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON)
                .body(body(code).replace("SKHCN-20", "SKHCN-" + province))
                .post("/api/catalog/procedures")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void publishingAProcedureAnnouncesItOnKafkaAsTheAdminsProvince() {
        String code = newCode();
        String id = draft(LANG_SON, code);

        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .post("/api/catalog/procedures/{id}/publish", id)
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("version", equalTo(1))
                .body("province", equalTo(LANG_SON));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            ConsumerRecord<String, String> event = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20))
                    .getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE))
                    .isEqualTo("vn.motcua.catalog.procedure.published.v1");
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
            assertThat(TestKafka.header(event, CloudEventCodec.H_SUBJECT)).isEqualTo(id);
            assertThat(event.value()).contains("\"code\":\"" + code + "\"", "\"prescribedWorkingDays\":10");
        }
    }

    @Test
    void anotherProvinceCanNeitherSeeNorPublishIt() {
        String id = draft(LANG_SON, newCode());

        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get("/api/catalog/procedures/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).post("/api/catalog/procedures/{id}/publish", id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get("/api/catalog/procedures")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/catalog/procedures/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aProvinceNamedInTheBodyOrAHeaderIsIgnored() {
        String code = newCode();
        String id = given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .header("X-Province", CAO_BANG)
                .body(body(code).replace("{", "{\"province\":\"04\",\"provinceCode\":\"04\","))
                .post("/api/catalog/procedures")
                .then().statusCode(201).body("province", equalTo(LANG_SON)).extract().path("id");

        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get("/api/catalog/procedures/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body("{\"code\":\"X-1\",\"name\":\"\",\"field\":\"f\",\"agency\":\"a\",\"prescribedWorkingDays\":-1}")
                .post("/api/catalog/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"))
                .body("errors.field", containsInAnyOrder("code", "name", "prescribedWorkingDays"));
    }

    @Test
    void aBodyThatIsNotJsonOrHasWrongTypesIsAProblemNotAStackTrace() {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body("{\"code\":")
                .post("/api/catalog/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("10}", "\"ten\"}"))
                .post("/api/catalog/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("prescribedWorkingDays"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .post("/api/catalog/procedures")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void numbersAreNotGuessedAndIdsAreChecked() {
        // 1.5 working days is an error, not 1; "10" is text, not a number
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("10}", "1.5}"))
                .post("/api/catalog/procedures")
                .then().statusCode(400).body("errors.field", contains("prescribedWorkingDays"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("10}", "\"10\"}"))
                .post("/api/catalog/procedures")
                .then().statusCode(400).body("errors.field", contains("prescribedWorkingDays"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).post("/api/catalog/procedures/not-a-uuid/publish")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"));
    }

    @Test
    void aBadTokenGetsAProblemAndABearerChallenge() {
        given().auth().oauth2("not.a.jwt").get("/api/catalog/procedures")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:mot-cua:problem:unauthorized"));
        given().get("/api/catalog/procedures")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aDuplicateCodeAndASecondPublicationAreConflicts() {
        String code = newCode();
        String id = draft(LANG_SON, code);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON).body(body(code))
                .post("/api/catalog/procedures")
                .then().statusCode(409).body("type", equalTo("urn:mot-cua:problem:duplicate-procedure"));
        // the same national code in another province is another procedure
        draft(CAO_BANG, code);

        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).post("/api/catalog/procedures/{id}/publish", id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).post("/api/catalog/procedures/{id}/publish", id)
                .then().statusCode(409).body("type", equalTo("urn:mot-cua:problem:illegal-transition"));
    }

    @Test
    void onlyTheProvinceAdminDraftsProcedures() {
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON).body(body(newCode()))
                .post("/api/catalog/procedures")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void missingForgedExpiredOrForeignAudienceTokensAreUnauthorized() {
        given().get("/api/catalog/procedures").then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON).signWithForeignKey())
                .get("/api/catalog/procedures").then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON)
                        .issued(Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5)).sign())
                .get("/api/catalog/procedures").then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON).audience("other-app").sign())
                .get("/api/catalog/procedures").then().statusCode(401);
    }

    @Test
    void aTokenWithoutProvinceSeesNothingAndCannotWrite() {
        String admin = Tokens.user("nobody").roles("province-admin").sign();
        given().auth().oauth2(admin).get("/api/catalog/procedures").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(newCode()))
                .post("/api/catalog/procedures").then().statusCode(403);
    }
}
