package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.catalog.OrganisationFixtures.agencyCode;
import static vn.motcua.catalog.OrganisationFixtures.fieldBody;
import static vn.motcua.catalog.OrganisationFixtures.fieldCode;
import static vn.motcua.catalog.OrganisationFixtures.officialCode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.service.OrganisationRegister;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** What other use cases ask the register, as the caller's province: 422 naming the request field they give. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganisationRegisterTest {
    private static final ProvinceCode LANG_SON = new ProvinceCode("20");

    @Inject
    OrganisationRegister register;

    @Inject
    TenantRunner tenants;

    private static void create(String province, String path, String body) {
        given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201);
    }

    private void refused(Runnable call, String slug, String field) {
        assertThatThrownBy(() -> tenants.inTransactionAs(LANG_SON, call))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.slug()).isEqualTo(slug);
                    assertThat(p.errors()).extracting(Problem.FieldError::field).isEqualTo(List.of(field));
                });
    }

    @Test
    void anActiveAgencyAndItsFieldAreFound() {
        String agency = OrganisationFixtures.createAgency("20", null);
        String field = fieldCode();
        create("20", "/api/catalog/fields", fieldBody(field, agency));

        assertThat(tenants.callAs(LANG_SON, () -> register.requireAgency(agency, "agency").code)).isEqualTo(agency);
        assertThat(tenants.callAs(LANG_SON, () -> register.requireField(field, agency, "field").code))
                .isEqualTo(field);
        assertThat(tenants.callAs(LANG_SON, () -> register.requireField(field, null, "field").code))
                .isEqualTo(field);
    }

    @Test
    void anUnknownEndedOrForeignAgencyIsRefusedNamingTheGivenField() {
        String ended = agencyCode();
        create("20", "/api/catalog/agencies", """
                {"code":"%s","officialCode":"%s","name":"Sở cũ","activeFrom":"2008-04-01","activeTo":"2025-02-28"}"""
                .formatted(ended, officialCode()));
        String foreign = OrganisationFixtures.createAgency("04", null);

        refused(() -> register.requireAgency("NO-SUCH", "agency"), "unknown-agency", "agency");
        refused(() -> register.requireAgency(ended, "agencyCode"), "unknown-agency", "agencyCode");
        refused(() -> register.requireAgency(foreign, "agency"), "unknown-agency", "agency");
        refused(() -> register.requireAgency(null, "agency"), "unknown-agency", "agency");
    }

    @Test
    void aFieldOfAnotherAgencyOrProvinceIsRefusedNamingTheGivenField() {
        String agency = OrganisationFixtures.createAgency("20", null);
        String other = OrganisationFixtures.createAgency("20", null);
        String field = fieldCode();
        create("20", "/api/catalog/fields", fieldBody(field, agency));
        String foreignAgency = OrganisationFixtures.createAgency("04", null);
        String foreignField = fieldCode();
        create("04", "/api/catalog/fields", fieldBody(foreignField, foreignAgency));

        refused(() -> register.requireField(field, other, "field"), "unknown-field", "field");
        refused(() -> register.requireField(foreignField, null, "fieldCode"), "unknown-field", "fieldCode");
        refused(() -> register.requireField("T01-NONE", null, "field"), "unknown-field", "field");
    }
}
