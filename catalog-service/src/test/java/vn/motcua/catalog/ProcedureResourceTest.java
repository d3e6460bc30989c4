package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.catalog.Procedures.CAO_BANG;
import static vn.motcua.catalog.Procedures.LANG_SON;
import static vn.motcua.catalog.Procedures.PATH;
import static vn.motcua.catalog.Procedures.body;
import static vn.motcua.catalog.Procedures.decision;
import static vn.motcua.catalog.Procedures.draft;
import static vn.motcua.catalog.Procedures.newCode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void publishingAProcedureAnnouncesItsFirstVersionOnKafkaAsTheAdminsProvince() {
        String code = newCode();
        String id = draft(LANG_SON, code);

        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(decision("123/QĐ-UBND", MARCH_2))
                .post(PATH + "/{id}/publish", id)
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("version", equalTo(1))
                .body("province", equalTo(LANG_SON))
                .body("effectiveFrom", equalTo("2026-03-02"))
                .body("effectiveTo", nullValue())
                .body("decision.number", equalTo("123/QĐ-UBND"))
                .body("terms.caseVariants.code", contains("MOI", "GIA_HAN"));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_PROCEDURES)) {
            ConsumerRecord<String, String> event = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20))
                    .getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE))
                    .isEqualTo("vn.motcua.catalog.procedure.published.v2");
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
            assertThat(TestKafka.header(event, CloudEventCodec.H_SUBJECT)).isEqualTo(id);
            assertThat(event.value()).contains("\"code\":\"" + code + "\"", "\"version\":1",
                    "\"effectiveFrom\":\"2026-03-02\"", "\"timeLimit\":{\"value\":10,\"unit\":\"WORKING_DAYS\"}",
                    "\"number\":\"123/QĐ-UBND\"");
        }
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).get(PATH + "/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("inForce.version", equalTo(1))
                .body("draft", nullValue())
                .body("versions.status", contains("PUBLISHED"));
    }

    @Test
    void anotherProvinceCanNeitherSeeNorPublishNorAmendIt() {
        String id = draft(LANG_SON, newCode());

        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get(PATH + "/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).contentType(ContentType.JSON)
                .body(decision("1/QĐ", MARCH_2)).post(PATH + "/{id}/publish", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).contentType(ContentType.JSON)
                .body(Procedures.terms("SKHCN-04")).put(PATH + "/{id}/draft", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get(PATH)
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get(PATH + "/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("draft.version", equalTo(1))
                .body("inForce", nullValue());
    }

    @Test
    void aProvinceNamedInTheBodyOrAHeaderIsIgnored() {
        String id = given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .header("X-Province", CAO_BANG)
                .body(body(newCode()).replace("{\"code\"", "{\"province\":\"04\",\"provinceCode\":\"04\",\"code\""))
                .post(PATH)
                .then().statusCode(201).body("province", equalTo(LANG_SON)).extract().path("id");

        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).get(PATH + "/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body("X-1").replace("\"name\":\"Cấp giấy phép tiến hành công việc bức xạ\"", "\"name\":\"\"")
                        .replace("\"sharePercent\":10", "\"sharePercent\":-1")
                        .replace("[\"Đơn đề nghị cấp giấy phép\"]", "[\"Đơn\", \" \"]"))
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"))
                .body("errors.field", containsInAnyOrder("code", "terms.name", "terms.requiredPapers[1]",
                        "terms.steps[0].sharePercent"));
    }

    @Test
    void aBodyThatIsNotJsonOrHasWrongTypesIsAProblemNotAStackTrace() {
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body("{\"code\":")
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("\"value\":10", "\"value\":\"ten\""))
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("terms.caseVariants[0].timeLimit.value"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .post(PATH)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void numbersAndEnumsAreNotGuessedAndIdsAreChecked() {
        // 1.5 working days is an error, not 1; "10" is text, not a number
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("\"value\":10", "\"value\":1.5"))
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("terms.caseVariants[0].timeLimit.value"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("\"mechanism\":\"ONE_STOP\"", "\"mechanism\":\"MOT_CUA\""))
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("terms.mechanism"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(body(newCode()).replace("\"unit\":\"WORKING_DAYS\"}}]", "\"unit\":\"DAYS\"}}]"))
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("terms.caseVariants[1].timeLimit.unit"));
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON)
                .body(decision("1/QĐ", MARCH_2)).post(PATH + "/not-a-uuid/publish")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"));
    }

    @Test
    void aBadTokenGetsAProblemAndABearerChallenge() {
        given().auth().oauth2("not.a.jwt").get(PATH)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:mot-cua:problem:unauthorized"));
        given().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aDuplicateCodeIsAConflictButTheSameCodeInAnotherProvinceIsAnotherProcedure() {
        String code = newCode();
        draft(LANG_SON, code);
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).contentType(ContentType.JSON).body(body(code))
                .post(PATH)
                .then().statusCode(409).body("type", equalTo("urn:mot-cua:problem:duplicate-procedure"))
                .body("errors.field", contains("code"));
        draft(CAO_BANG, code);
    }

    @Test
    void onlyTheProvinceAdminWritesTheCatalogue() {
        String id = draft(LANG_SON, newCode());
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON).body(body(newCode()))
                .post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.receptionOfficer(LANG_SON)).contentType(ContentType.JSON)
                .body(decision("1/QĐ", MARCH_2)).post(PATH + "/{id}/publish", id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void missingForgedExpiredOrForeignAudienceTokensAreUnauthorized() {
        given().get(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON).signWithForeignKey())
                .get(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON)
                        .issued(Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5)).sign())
                .get(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("province-admin").province(LANG_SON).audience("other-app").sign())
                .get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenWithoutProvinceSeesNothingAndCannotWrite() {
        String admin = Tokens.user("nobody").roles("province-admin").sign();
        given().auth().oauth2(admin).get(PATH).then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(newCode()))
                .post(PATH).then().statusCode(403);
    }
}
