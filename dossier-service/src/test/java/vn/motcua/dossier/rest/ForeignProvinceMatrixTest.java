package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.testing.Tokens;

/**
 * Every way another province's caller can name a Lạng Sơn dossier, against every dossier endpoint: each
 * combination must fail (403 or 404), and the dossier must be unchanged afterwards.
 */
@QuarkusTest
class ForeignProvinceMatrixTest {
    private static String dossier;

    @BeforeEach
    void aLangSonDossier() {
        if (dossier != null) {
            return;
        }
        Catalogue.publish("20", "1.000321", 10);
        Catalogue.awaitReplica("20", "1.000321");
        dossier = given().auth().oauth2(Tokens.receptionOfficer("20")).contentType(ContentType.JSON)
                .body(Dossiers.request("1.000321", "DIRECT_CENTRE")).post("/api/dossiers")
                .then().statusCode(201).extract().path("id");
    }

    static Stream<Arguments> foreignCallers() {
        List<Arguments> callers = List.of(
                Arguments.of("reception officer of 04", Tokens.receptionOfficer("04")),
                Arguments.of("processing officer of 04", Tokens.processingOfficer("04")),
                // the right agency code, the wrong province
                Arguments.of("processing officer of 04 claiming SKHCN-20", Tokens.user("x").roles("processing-officer")
                        .province("04").agency("SKHCN-20").sign()),
                Arguments.of("province admin of 04", Tokens.provinceAdmin("04")),
                Arguments.of("portal of 04", Tokens.user("service-account-portal-04").roles("portal").province("04").sign()),
                Arguments.of("officer without province", Tokens.user("x").roles("processing-officer", "reception-officer")
                        .agency("SKHCN-20").sign()),
                Arguments.of("national auditor", Tokens.user("kiemtra.qg").roles("national-auditor").sign()),
                Arguments.of("citizen of 20", Tokens.user("congdan.ls").roles("citizen").province("20").sign()));
        return callers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignCallers")
    void noForeignCallerReadsOrChangesTheDossier(String who, String token) {
        List<Response> attempts = List.of(
                given().auth().oauth2(token).get("/api/dossiers/{id}", dossier),
                given().auth().oauth2(token).header("X-Province", "20").get("/api/dossiers/{id}", dossier),
                given().auth().oauth2(token).queryParam("province", "20").get("/api/dossiers/{id}", dossier),
                given().auth().oauth2(token).post("/api/dossiers/{id}/resolve", dossier),
                given().auth().oauth2(token).header("X-Province", "20").contentType(ContentType.JSON)
                        .body("{\"province\":\"20\",\"provinceCode\":\"20\"}")
                        .post("/api/dossiers/{id}/resolve", dossier));
        for (Response r : attempts) {
            assertThat(r.statusCode()).as(who + ": " + r.body().asString()).isIn(403, 404);
        }
        Response list = given().auth().oauth2(token).queryParam("province", "20").header("X-Province", "20")
                .get("/api/dossiers");
        assertThat(list.statusCode() == 200 ? list.body().asString() : "").doesNotContain(dossier);

        given().auth().oauth2(Tokens.receptionOfficer("20")).get("/api/dossiers/{id}", dossier)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("RECEIVED"));
    }
}
