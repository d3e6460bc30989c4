package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Fees;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Thành phần hồ sơ: papers digitised (số hóa) or not, and reused from an earlier dossier of the same applicant
 * instead of asked again (Decree 118/2025 Art. 5 cl. 1i).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PaperResourceTest {
    static final String PROCEDURE = "1.000561";
    static final String PAPERS_RECORDED = "vn.motcua.dossier.papers-recorded.v1";
    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (!published) {
            published = true;
            Catalogue.publish("20", PROCEDURE, 10);
            Catalogue.publish("04", PROCEDURE, 10);
            Catalogue.awaitReplica("20", PROCEDURE);
            Catalogue.awaitReplica("04", PROCEDURE);
        }
    }

    static String desk(String province) {
        return Tokens.user("tiepnhan." + province).roles("reception-officer").province(province)
                .agency("SKHCN-" + province).sign();
    }

    /** A dossier accepted at the desk of {@code province}: its id and code. */
    static String[] file(String province, String idNumber) {
        var r = given().auth().oauth2(desk(province)).contentType(ContentType.JSON)
                .body(Fees.request(PROCEDURE, "DIRECT_CENTRE", idNumber))
                .post("/api/dossiers").then().statusCode(201).extract();
        return new String[] {r.path("id"), r.path("code")};
    }

    static ValidatableResponse record(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/dossiers/{id}/papers", id).then();
    }

    @Test
    void aPaperAcceptedWithAnEarlierDossierOfTheSameApplicantIsReusedNotAskedAgain() {
        String[] earlier = new String[2];
        String[] later = new String[2];
        TestClock.at(Instant.parse("2026-04-06T02:00:00Z"), () -> {
            earlier[0] = file("20", "020190555001")[0];
        });
        earlier[1] = given().auth().oauth2(desk("20")).get("/api/dossiers/{id}", earlier[0]).then()
                .extract().path("code");
        record(desk("20"), earlier[0], """
                {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":true},
                           {"code":"CCCD","name":"Căn cước công dân","digitised":true}]}""")
                .statusCode(200).body("code", contains("CCCD", "DON"));

        TestClock.at(Instant.parse("2026-04-08T02:00:00Z"), () -> {
            String[] l = file("20", "020190555001");
            later[0] = l[0];
            later[1] = l[1];
        });
        // the desk looks the applicant up by id number, in a body: the number never travels in a URL
        given().auth().oauth2(desk("20")).contentType(ContentType.JSON).body("""
                {"idNumber":"020190555001"}""").post("/api/dossiers/reusable-papers/search").then()
                .statusCode(200)
                .body("code", contains("CCCD", "DON"))
                .body("dossierCode", contains(earlier[1], earlier[1]))
                .body("acceptedAt", contains("2026-04-06T02:00:00Z", "2026-04-06T02:00:00Z"))
                .body("digitised", contains(true, true));

        record(desk("20"), later[0], """
                {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":false},
                           {"code":"CCCD","name":"Căn cước công dân","digitised":true,"reusedFrom":"%s"}]}"""
                .formatted(earlier[1]))
                .statusCode(200)
                .body("code", contains("CCCD", "DON"))
                .body("reusedFrom", contains(earlier[1], null))
                .body("digitised", contains(true, false))
                .body("recordedBy", contains("tiepnhan.20", "tiepnhan.20"));
        given().auth().oauth2(desk("20")).get("/api/dossiers/{id}/papers", later[0]).then().statusCode(200)
                .body("[0].code", equalTo("CCCD")).body("[0].reusedFrom", equalTo(earlier[1]))
                .body("[1].reusedFrom", nullValue());

        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            ConsumerRecord<String, String> event = reader.await(r -> later[0].equals(r.key())
                    && PAPERS_RECORDED.equals(TestKafka.header(r, CloudEventCodec.H_TYPE)), 1, Duration.ofSeconds(20))
                    .getFirst();
            JsonPath payload = JsonPath.from(event.value());
            assertThat(payload.getString("dossierCode")).isEqualTo(later[1]);
            assertThat(payload.getString("agency")).isEqualTo("SKHCN-20");
            assertThat(payload.getList("papers.code")).containsExactly("DON", "CCCD");
            assertThat(payload.getList("papers.name")).containsExactly("Đơn đề nghị", "Căn cước công dân");
            assertThat(payload.getList("papers.digitised")).containsExactly(false, true);
            assertThat(payload.getList("papers.reusedFrom")).containsExactly(null, earlier[1]);
            assertThat(event.value()).doesNotContain("020190555001", "Lê Văn Nam");
        }
    }

    @Test
    void anotherApplicantsPaperOrAnotherProvincesDossierIsNotReusableAndSaysNothingMore() {
        String[] source = file("20", "020190555101");
        record(desk("20"), source[0], """
                {"papers":[{"code":"CCCD","name":"Căn cước công dân","digitised":true}]}""").statusCode(200);
        String[] stranger = file("20", "020190555102");
        String[] sameApplicantElsewhere = file("04", "020190555101");
        String refusal = "is not a dossier of this applicant in your province with this paper accepted";

        record(desk("20"), stranger[0], """
                {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":true},
                           {"code":"CCCD","name":"Căn cước công dân","digitised":true,"reusedFrom":"%s"}]}"""
                .formatted(source[1]))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:paper-not-reusable"))
                .body("errors.field", contains("papers[1].reusedFrom"))
                .body("errors.message", contains(refusal));
        // the same answer as for a code no dossier has
        record(desk("20"), stranger[0], """
                {"papers":[{"code":"CCCD","name":"Căn cước công dân","digitised":true,"reusedFrom":"20-991231-9999"}]}""")
                .statusCode(422).body("errors.message", contains(refusal));
        // Cao Bằng's desk does not reach Lạng Sơn's dossiers, even for the same person
        record(desk("04"), sameApplicantElsewhere[0], """
                {"papers":[{"code":"CCCD","name":"Căn cước công dân","digitised":true,"reusedFrom":"%s"}]}"""
                .formatted(source[1]))
                .statusCode(422).body("errors.field", contains("papers[0].reusedFrom"))
                .body("errors.message", contains(refusal));
        // a paper of a code the source does not have
        String[] sameApplicant = file("20", "020190555101");
        record(desk("20"), sameApplicant[0], """
                {"papers":[{"code":"GPKD","name":"Giấy phép kinh doanh","digitised":true,"reusedFrom":"%s"}]}"""
                .formatted(source[1]))
                .statusCode(422).body("errors.field", contains("papers[0].reusedFrom"));

        // refusals stored nothing
        given().auth().oauth2(desk("20")).get("/api/dossiers/{id}/papers", stranger[0]).then().body("code",
                org.hamcrest.Matchers.empty());
        // and the search finds nothing of Lạng Sơn from Cao Bằng
        given().auth().oauth2(desk("04")).contentType(ContentType.JSON).body("""
                {"idNumber":"020190555101"}""").post("/api/dossiers/reusable-papers/search").then()
                .statusCode(200).body("code", org.hamcrest.Matchers.empty());
    }

    @Test
    void aPaperAcceptedWithTheDossierIsNotRecordedAgainAndACodeTwiceIsRefused() {
        String[] dossier = file("20", "020190555201");
        record(desk("20"), dossier[0], """
                {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":false}]}""").statusCode(200);

        record(desk("20"), dossier[0], """
                {"papers":[{"code":"BAN_VE","name":"Bản vẽ","digitised":true},
                           {"code":"DON","name":"Đơn đề nghị","digitised":true}]}""")
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:paper-already-accepted"))
                .body("errors.field", contains("papers[1].code"));
        record(desk("20"), dossier[0], """
                {"papers":[{"code":"BAN_VE","name":"Bản vẽ","digitised":true},
                           {"code":"BAN_VE","name":"Bản vẽ","digitised":true}]}""")
                .statusCode(422).body("type", equalTo("urn:mot-cua:problem:duplicate-paper"))
                .body("errors.field", contains("papers[1].code"));
        // a new paper after acceptance (a supplement) is added beside the accepted one
        record(desk("20"), dossier[0], """
                {"papers":[{"code":"BAN_VE","name":"Bản vẽ","digitised":true}]}""")
                .statusCode(200).body("code", contains("BAN_VE", "DON")).body("digitised", contains(true, false));
    }

    @Test
    void theSubmittingPortalRecordsPapersAndOthersDoNotReachThem() {
        String portal = Tokens.user("service-account-portal-20").roles("portal").province("20").sign();
        String id = given().auth().oauth2(portal).contentType(ContentType.JSON)
                .body(Fees.request(PROCEDURE, "ONLINE_NATIONAL_PORTAL", "020190555301"))
                .post("/api/dossiers").then().statusCode(201).extract().path("id");

        record(portal, id, """
                {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":true}]}""")
                .statusCode(200).body("recordedBy", contains("service-account-portal-20"));
        record(Tokens.user("service-account-portal-20b").roles("portal").province("20").sign(), id, """
                {"papers":[{"code":"ANH","name":"Ảnh 4x6","digitised":true}]}""").statusCode(404);
        record(desk("04"), id, """
                {"papers":[{"code":"ANH","name":"Ảnh 4x6","digitised":true}]}""").statusCode(404);
        // the search is the desk's, not a portal's
        given().auth().oauth2(portal).contentType(ContentType.JSON).body("""
                {"idNumber":"020190555301"}""").post("/api/dossiers/reusable-papers/search").then().statusCode(403);
    }
}
