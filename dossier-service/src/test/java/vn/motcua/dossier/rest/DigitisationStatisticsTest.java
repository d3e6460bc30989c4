package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Fees;
import vn.motcua.dossier.TestClock;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.service.DossierLog;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** The Decision 766 digitisation, reuse and payment counts of a period, as a province admin and agency heads read them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DigitisationStatisticsTest {
    static final String PROCEDURE = "1.000571";
    static final String APPLICANT = "020190666001";

    @Inject
    TenantRunner tenants;

    @Inject
    DossierLog log;

    static String desk() {
        return Tokens.user("tiepnhan.ls").roles("reception-officer").province("20").agency("SKHCN-20").sign();
    }

    static String portal() {
        return Tokens.user("service-account-portal-20").roles("portal").province("20").sign();
    }

    static String[] file(String token, String channel) {
        var r = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fees.request(PROCEDURE, channel, APPLICANT)).post("/api/dossiers").then().statusCode(201)
                .extract();
        return new String[] {r.path("id"), r.path("code")};
    }

    static void post(String token, String path, String id, String body, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path, id).then().statusCode(status);
    }

    @Test
    void eachCountIsOfTheDossiersAcceptedInThePeriodWithItsDefinition() {
        Catalogue.publish("20", PROCEDURE, 10);
        Catalogue.awaitReplica("20", PROCEDURE);
        String[][] d = new String[4][];
        // Mon 13/01/2025, 10:00 in Vietnam: a week no other test files in
        TestClock.at(Instant.parse("2025-01-13T03:00:00Z"), () -> {
            // 1: every paper digitised, paid online through the portal, resolved with a digitised result
            d[0] = file(portal(), "ONLINE_PROVINCIAL_PORTAL");
            // submitted online: the desk accepts it, which gives its code (Decree 118/2025 Art. 17 cl. 2-3)
            d[0][1] = given().auth().oauth2(desk()).contentType(ContentType.JSON).body("{}")
                    .post("/api/dossiers/{id}/accept", d[0][0]).then().statusCode(200).extract().path("code");
            post(portal(), "/api/dossiers/{id}/papers", d[0][0], """
                    {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":true},
                               {"code":"CCCD","name":"Căn cước công dân","digitised":true}]}""", 200);
            post(portal(), "/api/dossiers/{id}/payments", d[0][0], """
                    {"amount":200000,"method":"ONLINE_PORTAL","receiptReference":"DVC-1"}""", 201);
            // 2: one paper not digitised, one reused from dossier 1; paid in cash at the desk
            d[1] = file(desk(), "DIRECT_CENTRE");
            post(desk(), "/api/dossiers/{id}/papers", d[1][0], """
                    {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":false},
                               {"code":"CCCD","name":"Căn cước công dân","digitised":true,"reusedFrom":"%s"}]}"""
                    .formatted(d[0][1]), 200);
            post(desk(), "/api/dossiers/{id}/payments", d[1][0], """
                    {"amount":200000,"method":"CASH","receiptReference":"BL-1"}""", 201);
            // 3: no paper, no payment
            d[2] = file(desk(), "DIRECT_CENTRE");
        });
        // the resolution records a digitised result in its facts, as the resolve use case does
        tenants.inTransactionAs(new ProvinceCode("20"), () -> log.act(UUID.fromString(d[0][0]), x -> {
        }, (x, state) -> DossierLifecycle.resolve(state, "xuly.ls", Instant.parse("2025-01-14T03:00:00Z"),
                new ActionFacts.Resolution(Outcome.APPROVED, null, "15/GP-SKHCN", true, true))));
        // 4: accepted on the first day after the period, with a paper and a payment: not counted
        TestClock.at(Instant.parse("2025-01-19T17:00:00Z"), () -> {
            d[3] = file(desk(), "DIRECT_CENTRE");
            post(desk(), "/api/dossiers/{id}/papers", d[3][0], """
                    {"papers":[{"code":"DON","name":"Đơn đề nghị","digitised":true}]}""", 200);
            post(desk(), "/api/dossiers/{id}/payments", d[3][0], """
                    {"amount":200000,"method":"CASH","receiptReference":"BL-2"}""", 201);
        });

        String admin = Tokens.user("quantri.ls").roles("province-admin").province("20").sign();
        given().auth().oauth2(admin).get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-13&to=2025-01-20")
                .then().statusCode(200)
                .body("from", equalTo("2025-01-13")).body("to", equalTo("2025-01-20"))
                .body("accepted.count", equalTo(3))
                .body("allPapersDigitised.count", equalTo(1))
                .body("resultDigitised.count", equalTo(1))
                .body("reusedPaper.count", equalTo(1))
                .body("paid.count", equalTo(2))
                .body("paidOnline.count", equalTo(1))
                .body("paidOnline.definition", equalTo("Thanh toán trực tuyến: accepted dossiers with at least one"
                        + " payment made online through the portal (Decree 118/2025 Art. 24; Decision 766, group 3)"));
        // the day after: dossier 4 alone
        given().auth().oauth2(admin).get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-20&to=2025-01-21")
                .then().statusCode(200).body("accepted.count", equalTo(1)).body("allPapersDigitised.count", equalTo(1))
                .body("paid.count", equalTo(1)).body("paidOnline.count", equalTo(0));

        // an agency head counts the agency: the Sở's three, another agency none
        String head = Tokens.user("giamdoc.skhcn").roles("agency-head").province("20").agency("SKHCN-20").sign();
        given().auth().oauth2(head).get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-13&to=2025-01-20")
                .then().statusCode(200).body("agency", equalTo("SKHCN-20")).body("accepted.count", equalTo(3))
                .body("paid.count", equalTo(2));
        String otherHead = Tokens.user("giamdoc.syt").roles("agency-head").province("20").agency("SYT-20").sign();
        given().auth().oauth2(otherHead).get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-13&to=2025-01-20")
                .then().statusCode(200).body("accepted.count", equalTo(0));
        // Cao Bằng's admin does not count Lạng Sơn's dossiers
        given().auth().oauth2(Tokens.user("quantri.cb").roles("province-admin").province("04").sign())
                .get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-13&to=2025-01-20")
                .then().statusCode(200).body("accepted.count", equalTo(0));
    }

    @Test
    void aPeriodEndsAfterItStartsAndOnlyAdminsAndHeadsReadIt() {
        String admin = Tokens.user("quantri.ls").roles("province-admin").province("20").sign();
        given().auth().oauth2(admin).get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-13&to=2025-01-13")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(desk()).get("/api/dossiers/statistics/digitisation-and-payments?from=2025-01-13&to=2025-01-20")
                .then().statusCode(403);
    }
}
