package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DraftingRulesTest {
    @Test
    void aProvinceAdminDraftsOnlyForAnAgencyOfItsProvinceRegister() {
        // SKHCN-04 is registered in Cao Bằng: Lạng Sơn's register does not know it
        String body = Procedures.body(Procedures.newCode(), "SKHCN-04");

        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body(body)
                .post("/api/catalog/procedures")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:unknown-agency"))
                .body("errors.field", contains("terms.agencyCode"))
                .body("errors.message", contains("is not an agency of your province"));
    }

    @Test
    void theFieldMustBeOneTheAgencyHandles() {
        // G19-TDC is handled by the Chi cục (CCTDC-20), not by the Sở
        String body = Procedures.body(Procedures.newCode()).replace("G19-ATBX", "G19-TDC");
        String unknown = Procedures.body(Procedures.newCode()).replace("G19-ATBX", "G19-XYZ");

        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body(body)
                .post("/api/catalog/procedures")
                .then().statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:unknown-field"))
                .body("errors.field", contains("terms.fieldCode"))
                .body("errors.message", contains("is not handled by agency SKHCN-20"));
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body(unknown)
                .post("/api/catalog/procedures")
                .then().statusCode(422)
                .body("errors.message", contains("is not a field of your province"));
    }

    @Test
    void twoAdminsDraftingOneCodeAtOnceGetOneProcedureAndConflicts() throws Exception {
        String body = Procedures.body(Procedures.newCode());
        String token = Tokens.provinceAdmin("20");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .post("/api/catalog/procedures").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
    }
}
