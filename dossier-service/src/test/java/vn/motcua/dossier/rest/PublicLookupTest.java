package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.service.SweepFixtures;
import vn.motcua.platform.security.RatingTicket;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.Tokens;

/**
 * Issue 13 item 7: anyone holding the receipt reads the dossier's status by its code and secret, without signing
 * in, and learns nothing personal; a wrong secret and an unknown code look the same; guessing is rate-limited.
 * Each test calls from its own address (X-Forwarded-For, believed from the loopback peer as from the gateway).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PublicLookupTest {
    static final String PROVINCE = "14";
    static final String PROCEDURE = "1.000914";
    /** The receipt's secret; the dossier keeps its SHA-256, computed here apart from LookupSecret. */
    static final String SECRET = "K7MP3QRS9T";
    private static boolean published;

    @Inject
    DataSource db;

    @BeforeEach
    void publishOnce() {
        if (!published) {
            published = true;
            Catalogue.publish(PROVINCE, PROCEDURE, 10);
            Catalogue.awaitReplica(PROVINCE, PROCEDURE);
        }
    }

    /** A dossier accepted Thu 12/02/2026 10:00 (due Thu 26/02 17:00) with the receipt's secret; its code. */
    String dossierWithSecret() throws SQLException {
        String id = SweepFixtures.receiveAt(PROVINCE, PROCEDURE, Instant.parse("2026-02-12T03:00:00Z"));
        Sql.execute(db, "update dossier set lookup_secret_hash = '" + sha256(SECRET) + "' where id = '" + id + "'");
        return Sql.row(db, "select code from dossier where id = '" + id + "'");
    }

    static Response lookup(String address, String code, String secret) {
        return given().header("X-Forwarded-For", address).queryParam("secret", secret)
                .get("/api/public/dossiers/{code}", code);
    }

    @Test
    void theRightSecretShowsTheStatusAndTimelineWithoutPersonalData() throws SQLException {
        String code = dossierWithSecret();
        assertThat(code).startsWith("14-260212-");
        Response answer = lookup("203.0.113.1", code, SECRET.toLowerCase());
        answer.then().statusCode(200).contentType("application/json")
                .body("code", equalTo(code))
                .body("status", equalTo("RECEIVED"))
                .body("statusLabel", equalTo("Đã tiếp nhận"))
                .body("procedureCode", equalTo(PROCEDURE))
                .body("receivedAt", equalTo("2026-02-12T03:00:00Z"))
                .body("dueAt", equalTo("2026-02-26T10:00:00Z"))
                .body("timeline.action", contains("RECEIVE"))
                .body("timeline.label", contains("Tiếp nhận hồ sơ"))
                .body("timeline.at", contains("2026-02-12T03:00:00Z"));
        String body = answer.asString();
        // Dossiers.request's applicant, and the officer who received it
        assertThat(body).doesNotContain("Nguyễn Thị Hoa").doesNotContain("020190000123").doesNotContain("0912345678")
                .doesNotContain("tiepnhan").doesNotContain("applicant").doesNotContain("actor");
    }

    @Test
    void theAnswerCarriesARatingTicketForTheDossierAndItsProvinceRateableOnceReturned() throws SQLException {
        String code = dossierWithSecret();
        String id = Sql.row(db, "select id from dossier where code = '" + code + "'");
        Response received = lookup("203.0.113.6", code, SECRET);
        received.then().statusCode(200).body("rateable", equalTo(false));
        // the contract's demo key, which both services use when none is configured
        RatingTicket tickets = new RatingTicket("mot-cua-rating-ticket-demo-key-change-me-000001");
        RatingTicket.Claims claims = tickets.verify(received.path("ratingTicket"), Instant.now()).orElseThrow();
        assertThat(claims.dossierId().toString()).isEqualTo(id);
        assertThat(claims.province().value()).isEqualTo(PROVINCE);
        assertThat(claims.expiresAt()).isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(
                24 * 3600 + 60));
        // another key (another deployment) does not take it
        assertThat(new RatingTicket("another-deployment-s-key-of-32-bytes-or-more")
                .verify(received.path("ratingTicket"), Instant.now())).isEmpty();

        Sql.execute(db, "update dossier set status = 'RETURNED' where id = '" + id + "'");
        lookup("203.0.113.6", code, SECRET).then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("rateable", equalTo(true));
    }

    @Test
    void aWrongSecretAndAnUnknownCodeAnswerAlike() throws SQLException {
        String code = dossierWithSecret();
        Response wrong = lookup("203.0.113.2", code, "K7MP3QRS9A");
        Response unknown = lookup("203.0.113.2", "14-200101-9999", SECRET);
        for (Response r : List.of(wrong, unknown)) {
            r.then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:not-found"))
                    .body("detail", equalTo("No dossier has this code and secret; check both on the receipt (Giấy"
                            + " tiếp nhận và hẹn trả kết quả)."));
        }
    }

    @Test
    void aMalformedCodeOrSecretNamesTheField() {
        lookup("203.0.113.3", "14-260212-1", SECRET).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("code"));
        lookup("203.0.113.3", "14-260212-0001", "K7MP3QRS9O").then().statusCode(400)
                .body("errors.field", contains("secret"));
        given().header("X-Forwarded-For", "203.0.113.3").get("/api/public/dossiers/14-260212-0001")
                .then().statusCode(400).body("errors.field", contains("secret"));
    }

    @Test
    void anAddressGetsTenLookupsAMinute() {
        for (int i = 1; i <= 10; i++) {
            lookup("203.0.113.4", "14-200101-%04d".formatted(i), SECRET).then().statusCode(404);
        }
        Response limited = lookup("203.0.113.4", "14-200101-0011", SECRET);
        limited.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:rate-limited"));
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        // another address is not held back
        lookup("203.0.113.5", "14-200101-0011", SECRET).then().statusCode(404);
    }

    @Test
    void fiveWrongSecretsHoldTheCodeBackEvenForTheRightOne() throws SQLException {
        String code = dossierWithSecret();
        for (int i = 1; i <= 5; i++) {
            lookup("198.51.100." + i, code, "AAAAAAAAA" + (i + 1)).then().statusCode(404);
        }
        Response limited = lookup("198.51.100.9", code, SECRET);
        limited.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(60, 900);
    }

    static String sha256(String secret) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
