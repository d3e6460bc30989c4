package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** The action log as users read it, dossier numbers per province, and who sees which dossier. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ActionLogAndScopeTest {
    static final String PROCEDURE = "1.000321";
    private static boolean published;

    @Inject
    EntityManager em;

    @BeforeEach
    void publishOnce() {
        if (!published) {
            published = true;
            Catalogue.publish("20", PROCEDURE, 5);
            Catalogue.publish("04", PROCEDURE, 5);
            Catalogue.awaitReplica("20", PROCEDURE);
            Catalogue.awaitReplica("04", PROCEDURE);
        }
    }

    static String desk(String province) {
        return Tokens.user("tiepnhan." + province).roles("reception-officer").province(province)
                .agency("SKHCN-" + province).sign();
    }

    static String portal(String province) {
        return Tokens.user("service-account-portal-" + province).roles("portal").province(province).sign();
    }

    static String submit(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/dossiers")
                .then().statusCode(201).extract().path("id");
    }

    static String code(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/dossiers")
                .then().statusCode(201).extract().path("code");
    }

    @Test
    void theActionLogSaysWhoDidWhatAndWhen() {
        String id = submit(desk("20"), Dossiers.request(PROCEDURE, "DIRECT_CENTRE"));
        String officer = Tokens.user("xuly.ls").roles("processing-officer").province("20").agency("SKHCN-20").sign();
        String dueAt = given().auth().oauth2(officer).post("/api/dossiers/{id}/resolve", id)
                .then().statusCode(200).extract().path("dueAt");

        given().auth().oauth2(desk("20")).get("/api/dossiers/{id}/actions", id)
                .then().statusCode(200)
                .body("sequence", contains(1, 2))
                .body("action", contains("RECEIVE", "RESOLVE"))
                .body("actor", contains("tiepnhan.20", "xuly.ls"))
                .body("[0].dueBefore", nullValue())
                .body("[0].dueAfter", equalTo(dueAt))
                .body("[1].dueBefore", equalTo(dueAt))
                .body("[1].dueAfter", equalTo(dueAt));
        // another province does not learn the dossier exists
        given().auth().oauth2(desk("04")).get("/api/dossiers/{id}/actions", id).then().statusCode(404);
    }

    @Test
    void theActionLogIsAppendOnlyInTheDatabaseToo() {
        String id = submit(desk("20"), Dossiers.request(PROCEDURE, "DIRECT_CENTRE"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update dossier_action set actor = 'someone else' where dossier_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("dossier_action is append-only: UPDATE refused");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from dossier_action where dossier_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("dossier_action is append-only: DELETE refused");
    }

    @Test
    void eachProvinceNumbersItsDossiersPerDayFromOne() {
        // a day no other test uses: 200 days ago, 10:00 in Vietnam
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(200);
        String at = day.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant().toString();
        String yymmdd = day.format(DateTimeFormatter.ofPattern("yyMMdd"));

        String first = code(desk("20"), Dossiers.requestReceivedAt(PROCEDURE, at));
        String second = code(desk("20"), Dossiers.requestReceivedAt(PROCEDURE, at));
        String caoBang = code(desk("04"), Dossiers.requestReceivedAt(PROCEDURE, at));

        assertThat(first).isEqualTo("20-" + yymmdd + "-0001");
        assertThat(second).isEqualTo("20-" + yymmdd + "-0002");
        assertThat(caoBang).isEqualTo("04-" + yymmdd + "-0001");
    }

    @Test
    void aPortalSeesTheDossiersItSubmittedAndNoneFiledAtTheDesk() {
        String viaPortal = submit(portal("20"), Dossiers.request(PROCEDURE, "ONLINE_NATIONAL_PORTAL"));
        String atDesk = submit(desk("20"), Dossiers.request(PROCEDURE, "DIRECT_CENTRE"));
        String viaOtherPortal = submit(
                Tokens.user("service-account-portal-20b").roles("portal").province("20").sign(),
                Dossiers.request(PROCEDURE, "ONLINE_NATIONAL_PORTAL"));

        given().auth().oauth2(portal("20")).get("/api/dossiers/{id}", viaPortal).then().statusCode(200)
                .body("applicant.idNumber", equalTo("020190000123"));
        given().auth().oauth2(portal("20")).get("/api/dossiers/{id}", atDesk).then().statusCode(404)
                .body("type", equalTo("urn:mot-cua:problem:not-found"));
        given().auth().oauth2(portal("20")).get("/api/dossiers/{id}", viaOtherPortal).then().statusCode(404);
        given().auth().oauth2(portal("20")).get("/api/dossiers?size=200").then().statusCode(200)
                .body("id", hasItem(viaPortal)).body("id", not(hasItem(atDesk))).body("id", not(hasItem(viaOtherPortal)));
        // the desk sees every dossier of the province
        given().auth().oauth2(desk("20")).get("/api/dossiers/{id}", viaPortal).then().statusCode(200);
    }

    @Test
    void anAgencyHeadSeesOnlyTheAgencysDossiers() {
        String id = submit(desk("20"), Dossiers.request(PROCEDURE, "DIRECT_CENTRE"));
        String ownHead = Tokens.user("giamdoc.skhcn").roles("agency-head").province("20").agency("SKHCN-20").sign();
        String otherHead = Tokens.user("giamdoc.syt").roles("agency-head").province("20").agency("SYT-20").sign();

        given().auth().oauth2(ownHead).get("/api/dossiers/{id}", id).then().statusCode(200);
        given().auth().oauth2(otherHead).get("/api/dossiers/{id}", id).then().statusCode(404);
        given().auth().oauth2(otherHead).get("/api/dossiers?size=200").then().statusCode(200)
                .body("agency", everyItem(equalTo("SYT-20")));
    }
}
