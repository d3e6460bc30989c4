package vn.motcua.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.evaluation.service.DossierDirectory;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.EventType;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.platform.security.RatingTicket;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * The applicant rates a returned dossier once (Decree 118/2025 Art. 33 cl. 1), with the ticket the public lookup
 * handed out; every refusal names the field, a retry is answered with the stored rating.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RatingResourceTest {
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";
    /** The contract's demo key, which the service uses when none is configured. */
    static final RatingTicket TICKETS = new RatingTicket("mot-cua-rating-ticket-demo-key-change-me-000001");
    static final String BODY = """
            {"ticket": "%s", "contents": {"THOI_GIAN": 2, "THAI_DO": 1, "KHAC": 0}, "comment": "Cán bộ nhiệt tình"}""";

    @Inject
    DossierDirectory directory;

    @Inject
    TenantRunner tenants;

    @Inject
    DataSource db;

    UUID returned(String province) {
        return KnownDossiers.known(tenants, directory, province, "SKHCN-" + province, true).id;
    }

    static String ticket(UUID dossier, String province) {
        return TICKETS.issue(dossier, new ProvinceCode(province), Instant.now());
    }

    static Response post(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body).post("/api/evaluations/ratings");
    }

    static Response post(String body) {
        return post(given(), body);
    }

    @Test
    void anApplicantRatesAReturnedDossierWithoutSigningIn() throws Exception {
        UUID id = returned(LANG_SON);
        Response answer = post(BODY.formatted(ticket(id, LANG_SON)));
        answer.then().statusCode(201).contentType("application/json")
                .body("contents.content", contains("THOI_GIAN", "THAI_DO", "KHAC"))
                .body("contents.label", contains("Thời gian giải quyết so với quy định",
                        "Thái độ của cán bộ, công chức", "Nội dung khác"))
                .body("contents.score", contains(2, 1, 0))
                .body("contents.scoreLabel", contains("Rất hài lòng", "Hài lòng", "Không hài lòng"));
        assertThat(answer.path("dossierCode").toString()).startsWith("20-260401-");
        assertThat(Sql.row(db, "select channel || '|' || rated_by || '|' || comment || '|' || province_code"
                + " from rating where dossier_id = '" + id + "'"))
                .isEqualTo("PUBLIC_PAGE|anonymous|Cán bộ nhiệt tình|20");
    }

    @Test
    void aDissatisfiedRatingOfTheOfficersAttitudeLowersIndicator7AtOnce() {
        UUID id = returned(LANG_SON);
        String path = "indicators.find { it.indicator == 7 }.points";
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", id)
                .then().statusCode(200).body(path, equalTo(2)).body("rating", equalTo(null));
        post("{\"ticket\": \"" + ticket(id, LANG_SON) + "\", \"contents\": {\"THAI_DO\": 0}}").then().statusCode(201);
        // re-evaluated in the rating's transaction: the very next read shows it
        given().auth().oauth2(Tokens.provinceAdmin(LANG_SON)).get("/api/evaluations/dossiers/{id}", id)
                .then().statusCode(200).body(path, equalTo(0))
                .body("rating.contents.content", contains("THAI_DO")).body("rating.contents.score", contains(0));
    }

    @Test
    void theRatingIsAnnouncedWithoutTheComment() {
        UUID id = returned(LANG_SON);
        post(BODY.formatted(ticket(id, LANG_SON))).then().statusCode(201);
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            // the re-evaluation announces the dossier under the same key: the rating is the one of its type
            ConsumerRecord<String, String> event = reader.await(r -> id.toString().equals(r.key())
                    && EventType.RATING_SUBMITTED.type().equals(TestKafka.header(r, CloudEventCodec.H_TYPE)), 1,
                    Duration.ofSeconds(20)).getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TYPE)).isEqualTo(EventType.RATING_SUBMITTED.type());
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo(LANG_SON);
            assertThat(event.value()).contains("\"channel\":\"PUBLIC_PAGE\"", "\"hasComment\":true",
                    "{\"content\":\"THAI_DO\",\"score\":1}", "\"agency\":\"SKHCN-20\"")
                    .doesNotContain("nhiệt tình");
        }
    }

    @Test
    void aPortalOfTheProvinceRatesWithItsToken() throws Exception {
        UUID id = returned(LANG_SON);
        post(given().auth().oauth2(portal(LANG_SON)), BODY.formatted(ticket(id, LANG_SON))).then().statusCode(201);
        assertThat(Sql.row(db, "select channel || '|' || rated_by from rating where dossier_id = '" + id + "'"))
                .isEqualTo("PORTAL|service-account-portal-20");
    }

    @Test
    void anotherProvincesPortalFindsNoSuchDossier() {
        UUID id = returned(LANG_SON);
        post(given().auth().oauth2(portal(CAO_BANG)), BODY.formatted(ticket(id, LANG_SON)))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-found"));
    }

    @Test
    void aForgedOrExpiredOrMissingTicketIsRefusedNamingTicket() {
        UUID id = returned(LANG_SON);
        String forged = new RatingTicket("someone-else-s-key-that-is-long-enough-000")
                .issue(id, new ProvinceCode(LANG_SON), Instant.now());
        String expired = TICKETS.issue(id, new ProvinceCode(LANG_SON), Instant.now().minus(Duration.ofHours(25)));
        String good = ticket(id, LANG_SON);
        String tampered = good.substring(0, good.length() - 2) + (good.endsWith("A") ? "BB" : "AA");
        for (String t : List.of(forged, expired, tampered, "v1.x.y", "")) {
            post(BODY.formatted(t)).then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:invalid-ticket"))
                    .body("errors.field", contains("ticket"));
        }
        post("{\"contents\": {\"THOI_GIAN\": 2}}").then().statusCode(422).body("errors.field", contains("ticket"));
    }

    @Test
    void aDossierNotReturnedYetCannotBeRated() {
        UUID resolvedOnly = KnownDossiers.known(tenants, directory, LANG_SON, "SKHCN-20", false).id;
        post(BODY.formatted(ticket(resolvedOnly, LANG_SON))).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:mot-cua:problem:not-returned"));
        // a dossier evaluation-service has not heard of yet looks the same
        post(BODY.formatted(ticket(UUID.randomUUID(), LANG_SON))).then().statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:not-returned"));
    }

    @Test
    void aDossierIsRatedOnceAndAnIdenticalRetryGetsTheStoredRating() throws Exception {
        UUID id = returned(LANG_SON);
        String ticket = ticket(id, LANG_SON);
        Response first = post(BODY.formatted(ticket));
        first.then().statusCode(201);
        Response retry = post(BODY.formatted(ticket));
        retry.then().statusCode(200).body("ratedAt", equalTo(first.path("ratedAt")))
                .body("contents.score", contains(2, 1, 0));

        post("{\"ticket\": \"" + ticket + "\", \"contents\": {\"THOI_GIAN\": 0}}").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:mot-cua:problem:already-rated"));
        // the same contents under a new ticket (a second lookup, a few seconds later) rate a second time
        String later = TICKETS.issue(id, new ProvinceCode(LANG_SON), Instant.now().plusSeconds(5));
        post(BODY.formatted(later)).then().statusCode(409)
                .body("type", equalTo("urn:mot-cua:problem:already-rated"));
        assertThat(Sql.row(db, "select count(*) from rating where dossier_id = '" + id + "'")).isEqualTo("1");
        assertThat(Sql.row(db, "select count(*) from outbox_message where message_key = '" + id
                + "' and event_type = '" + EventType.RATING_SUBMITTED.type() + "'")).isEqualTo("1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"THOI_GIAN": 3}                    | 422 | contents.THOI_GIAN
            {"THOI_GIAN": -1}                   | 422 | contents.THOI_GIAN
            {"THOI_GIAN": null}                 | 422 | contents.THOI_GIAN
            {"GIA_CA": 1}                       | 422 | contents.GIA_CA
            {"thoi_gian": 1}                    | 422 | contents.thoi_gian
            {}                                  | 422 | contents
            {"THOI_GIAN": "2"}                  | 400 | contents.THOI_GIAN
            {"THOI_GIAN": 1.5}                  | 400 | contents.THOI_GIAN
            {"THOI_GIAN": 1, "THOI_GIAN": 2}    | 400 | contents
            """)
    void aWrongContentOrScoreIsRefusedNamingIt(String contents, int status, String field) throws Exception {
        UUID id = returned(LANG_SON);
        post("{\"ticket\": \"" + ticket(id, LANG_SON) + "\", \"contents\": " + contents + "}")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", contains(field));
        assertThat(Sql.row(db, "select count(*) from rating where dossier_id = '" + id + "'")).isEqualTo("0");
    }

    @Test
    void missingContentsAreRefused() {
        UUID id = returned(LANG_SON);
        post("{\"ticket\": \"" + ticket(id, LANG_SON) + "\"}").then().statusCode(422)
                .body("errors.field", contains("contents"));
    }

    @Test
    void aCommentWithControlCharactersOrTooLongIsRefused() throws Exception {
        UUID id = returned(LANG_SON);
        String ticket = ticket(id, LANG_SON);
        post("{\"ticket\": \"" + ticket + "\", \"contents\": {\"KHAC\": 1}, \"comment\": \"tốt\\u0007\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("comment"));
        post("{\"ticket\": \"" + ticket + "\", \"contents\": {\"KHAC\": 1}, \"comment\": \"" + "a".repeat(1001)
                + "\"}").then().statusCode(400).body("errors.field", contains("comment"));
        assertThat(Sql.row(db, "select count(*) from rating where dossier_id = '" + id + "'")).isEqualTo("0");
        // decomposed Vietnamese is stored composed (NFC)
        post("{\"ticket\": \"" + ticket + "\", \"contents\": {\"KHAC\": 1}, \"comment\": \"to\\u0302\\u0301t\"}")
                .then().statusCode(201);
        assertThat(Sql.row(db, "select comment from rating where dossier_id = '" + id + "'")).isEqualTo("tốt");
    }

    static String portal(String province) {
        return Tokens.user("service-account-portal-" + province).roles("portal").province(province).sign();
    }
}
