package vn.motcua.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Sql;
import vn.motcua.testing.Tokens;

/**
 * The dashboard over dossier facts written straight into the read model, in 2042-2043 (no other test's years).
 * Periods cut on the 15th: 2043-Q2 is 15/03/2043 - 14/06/2043, 2043-Q1 is 15/12/2042 - 14/03/2043. Times are
 * Vietnam's (+07).
 *
 * <pre>
 * dossier province agency   channel                  received          resolved (timeliness)
 * a       20       SKHCN-20 ONLINE_NATIONAL_PORTAL   2043-04-01 09:00  2043-04-05 EARLY
 * b       20       SKHCN-20 ONLINE_NATIONAL_PORTAL   2043-05-01 09:00  2043-05-03 EARLY
 * c       20       SKHCN-20 VNEID                    2043-06-14 23:30  open
 * d       20       SKHCN-20 DIRECT_CENTRE            2043-03-15 00:00  2043-04-10 ON_TIME
 * e       20       SKHCN-20 POSTAL                   2043-04-20 09:00  open
 * f       20       SKHCN-20 DIRECT_CENTRE            2043-02-01 09:00  2043-05-20 LATE     (received in Q1)
 * g       20       SNV-20   DIRECT_AGENCY            2043-04-02 09:00  2043-06-01 LATE
 * h       20       SKHCN-20 ONLINE_PROVINCIAL_PORTAL 2043-06-15 00:00  open               (Q3)
 * i       20       SKHCN-20 ONLINE_PROVINCIAL_PORTAL 2043-03-14 23:59  open               (Q1)
 * k       20       SKHCN-20 POSTAL                   2043-01-10 09:00  open               (Q1)
 * l       20       SKHCN-20 DIRECT_CENTRE            2042-12-20 09:00  open               (Q1)
 * j       04       SKHCN-04 ONLINE_NATIONAL_PORTAL   2043-04-01 09:00  2043-04-02 LATE
 * </pre>
 * Province 20, Q2: received a b c d e g = 6, online a b c = 3 (50.0 %); resolved a b d f g = 5, on time a b d = 3
 * (60.0 %). Agency SKHCN-20, Q2: received 5, online 3 (60.0 %); resolved a b d f = 4, on time 3 (75.0 %).
 * Q1: received f i k l = 4, online i (25.0 %); nothing resolved. Q4 2042: nothing.
 * Payments in Q2: SKHCN-20 two online and one at the desk, SNV-20 one online (province 3 of 4, 75.0 %; agency 2 of 3,
 * 66.7 %); one at the desk on 14/03 (Q1). Ratings in Q2: SKHCN-20 two satisfied and one not, SNV-20 one not
 * (province 2 of 4, 50.0 %). No dossier records its papers: data reuse has no data.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class KpiResourceTest {
    static final String ADMIN = Tokens.provinceAdmin("20");
    static boolean loaded;

    @Inject
    DataSource db;

    @BeforeEach
    void facts() throws SQLException {
        if (loaded) {
            return;
        }
        fact("a", "20", "SKHCN-20", "ONLINE_NATIONAL_PORTAL", "2043-04-01 09:00", "2043-04-05 10:00", "EARLY");
        fact("b", "20", "SKHCN-20", "ONLINE_NATIONAL_PORTAL", "2043-05-01 09:00", "2043-05-03 10:00", "EARLY");
        fact("c", "20", "SKHCN-20", "VNEID", "2043-06-14 23:30", null, null);
        fact("d", "20", "SKHCN-20", "DIRECT_CENTRE", "2043-03-15 00:00", "2043-04-10 10:00", "ON_TIME");
        fact("e", "20", "SKHCN-20", "POSTAL", "2043-04-20 09:00", null, null);
        fact("f", "20", "SKHCN-20", "DIRECT_CENTRE", "2043-02-01 09:00", "2043-05-20 10:00", "LATE");
        fact("g", "20", "SNV-20", "DIRECT_AGENCY", "2043-04-02 09:00", "2043-06-01 10:00", "LATE");
        fact("h", "20", "SKHCN-20", "ONLINE_PROVINCIAL_PORTAL", "2043-06-15 00:00", null, null);
        fact("i", "20", "SKHCN-20", "ONLINE_PROVINCIAL_PORTAL", "2043-03-14 23:59", null, null);
        fact("k", "20", "SKHCN-20", "POSTAL", "2043-01-10 09:00", null, null);
        fact("l", "20", "SKHCN-20", "DIRECT_CENTRE", "2042-12-20 09:00", null, null);
        fact("j", "04", "SKHCN-04", "ONLINE_NATIONAL_PORTAL", "2043-04-01 09:00", "2043-04-02 10:00", "LATE");
        payment("a", "SKHCN-20", true, "2043-04-01 10:00");
        payment("b", "SKHCN-20", true, "2043-05-01 10:00");
        payment("d", "SKHCN-20", false, "2043-03-15 08:00");
        payment("g", "SNV-20", true, "2043-04-02 10:00");
        payment("i", "SKHCN-20", false, "2043-03-14 23:59");
        rating("a", "SKHCN-20", true, "2043-04-06 10:00");
        rating("b", "SKHCN-20", true, "2043-05-04 10:00");
        rating("d", "SKHCN-20", false, "2043-04-11 10:00");
        rating("g", "SNV-20", false, "2043-06-02 10:00");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"targets\": {\"ONLINE_DOSSIERS\": 60, \"ON_TIME\": 80, \"SATISFACTION\": 85,"
                        + " \"ONLINE_PAYMENTS\": 40, \"DATA_REUSE\": 70},"
                        + " \"source\": \"Kế hoạch mẫu\"}")
                .put("/api/reports/targets/2043").then().statusCode(200);
        loaded = true;
    }

    private void fact(String name, String province, String agency, String channel, String received, String resolved,
            String timeliness) throws SQLException {
        Sql.execute(db, "insert into dossier_fact (dossier_id, province_code, procedure_code, agency, channel,"
                + " received_at, due_at, resolved_at, timeliness, updated_at) values ('" + id(name) + "', '" + province
                + "', '1.004227', '" + agency + "', '" + channel + "', '" + received + "+07', '2043-12-31 17:00+07', "
                + (resolved == null ? "null, null" : "'" + resolved + "+07', '" + timeliness + "'")
                + ", now()) on conflict do nothing");
    }

    private void payment(String dossier, String agency, boolean online, String paidAt) throws SQLException {
        Sql.execute(db, "insert into payment_fact (province_code, dossier_id, receipt_reference, agency, procedure_code,"
                + " amount, online, paid_at) values ('20', '" + id(dossier) + "', 'BL-" + dossier + "', '" + agency
                + "', '1.004227', 50000, " + online + ", '" + paidAt + "+07') on conflict do nothing");
    }

    private void rating(String dossier, String agency, boolean satisfied, String ratedAt) throws SQLException {
        Sql.execute(db, "insert into rating_fact (province_code, dossier_id, agency, rated_at, satisfied) values ('20', '"
                + id(dossier) + "', '" + agency + "', '" + ratedAt + "+07', " + satisfied + ") on conflict do nothing");
    }

    private static String id(String name) {
        return "00000000-0000-0000-0000-0000000043" + String.format("%02x", (int) name.charAt(0));
    }

    static JsonPath kpis(String token, Map<String, Object> query) {
        return given().auth().oauth2(token).queryParams(query).get("/api/reports/kpis")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void theProvincesRatesAgainstItsTargetsWithTheTrendAndTheCharts() {
        JsonPath d = kpis(ADMIN, Map.of("period", "2043-Q2", "periods", 3));
        org.assertj.core.api.Assertions.assertThat(d.getString("scope.kind")).isEqualTo("PROVINCE");
        org.assertj.core.api.Assertions.assertThat(d.getString("period.label")).isEqualTo("2043-Q2");
        org.assertj.core.api.Assertions.assertThat(d.getString("period.from")).isEqualTo("2043-03-15");
        org.assertj.core.api.Assertions.assertThat(d.getString("period.to")).isEqualTo("2043-06-14");
        org.assertj.core.api.Assertions.assertThat(d.getString("period.text"))
                .isEqualTo("Quý II năm 2043 (từ ngày 15/03/2043 đến ngày 14/06/2043)");
        org.assertj.core.api.Assertions.assertThat(d.getString("scope.provinceName")).isEqualTo("Lạng Sơn");
        given().auth().oauth2(ADMIN).queryParam("period", "2043-Q2").queryParam("periods", 3)
                .get("/api/reports/kpis").then().statusCode(200)
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.numerator", equalTo(3))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.denominator", equalTo(6))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.percent", equalTo(50.0f))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.target", equalTo(60.0f))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.met", equalTo(false))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.trend.period",
                        contains("2042-Q4", "2043-Q1", "2043-Q2"))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.trend.percent", contains(null, 25.0f, 50.0f))
                .body("kpis.find { it.kpi == 'ON_TIME' }.numerator", equalTo(3))
                .body("kpis.find { it.kpi == 'ON_TIME' }.denominator", equalTo(5))
                .body("kpis.find { it.kpi == 'ON_TIME' }.percent", equalTo(60.0f))
                .body("kpis.find { it.kpi == 'ON_TIME' }.met", equalTo(false))
                .body("kpis.find { it.kpi == 'ON_TIME' }.trend.percent", contains(null, null, 60.0f))
                .body("kpis.find { it.kpi == 'ONLINE_PAYMENTS' }.numerator", equalTo(3))
                .body("kpis.find { it.kpi == 'ONLINE_PAYMENTS' }.denominator", equalTo(4))
                .body("kpis.find { it.kpi == 'ONLINE_PAYMENTS' }.percent", equalTo(75.0f))
                .body("kpis.find { it.kpi == 'ONLINE_PAYMENTS' }.met", equalTo(true))
                .body("kpis.find { it.kpi == 'SATISFACTION' }.numerator", equalTo(2))
                .body("kpis.find { it.kpi == 'SATISFACTION' }.denominator", equalTo(4))
                .body("kpis.find { it.kpi == 'SATISFACTION' }.percent", equalTo(50.0f))
                .body("kpis.find { it.kpi == 'SATISFACTION' }.target", equalTo(85.0f))
                .body("kpis.find { it.kpi == 'SATISFACTION' }.met", equalTo(false))
                // a target without data: neither met nor missed
                .body("kpis.find { it.kpi == 'DATA_REUSE' }.denominator", equalTo(0))
                .body("kpis.find { it.kpi == 'DATA_REUSE' }.percent", nullValue())
                .body("kpis.find { it.kpi == 'DATA_REUSE' }.target", equalTo(70.0f))
                .body("kpis.find { it.kpi == 'DATA_REUSE' }.met", nullValue())
                // data without a target: likewise
                .body("kpis.find { it.kpi == 'DIGITISED_RESULTS' }.percent", equalTo(0.0f))
                .body("kpis.find { it.kpi == 'DIGITISED_RESULTS' }.target", nullValue())
                .body("kpis.find { it.kpi == 'DIGITISED_RESULTS' }.met", nullValue())
                .body("kpis.find { it.kpi == 'ON_TIME' }.name", equalTo("Tỷ lệ hồ sơ giải quyết đúng hạn"))
                .body("kpis.find { it.kpi == 'ON_TIME' }.definition", equalTo("Số hồ sơ giải quyết trong kỳ trước"
                        + " hạn hoặc đúng hạn ÷ số hồ sơ giải quyết trong kỳ"))
                .body("channels.channel", contains("DIRECT_CENTRE", "DIRECT_AGENCY", "ONLINE_PROVINCIAL_PORTAL",
                        "ONLINE_NATIONAL_PORTAL", "POSTAL", "VNEID", "NATIONAL_SINGLE_WINDOW"))
                .body("channels.count", contains(1, 1, 0, 2, 1, 1, 0))
                .body("timeliness.early", equalTo(2)).body("timeliness.onTime", equalTo(1))
                .body("timeliness.late", equalTo(2));
    }

    @Test
    void anAgencysRatesMeetATargetThatEqualsThem() {
        given().auth().oauth2(ADMIN).queryParam("period", "2043-Q2").queryParam("agency", "SKHCN-20")
                .get("/api/reports/kpis").then().statusCode(200)
                .body("scope.kind", equalTo("AGENCY")).body("scope.agency", equalTo("SKHCN-20"))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.numerator", equalTo(3))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.denominator", equalTo(5))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.percent", equalTo(60.0f))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.met", equalTo(true))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.trend", hasSize(8))
                .body("kpis.find { it.kpi == 'ON_TIME' }.percent", equalTo(75.0f))
                .body("kpis.find { it.kpi == 'ONLINE_PAYMENTS' }.percent", equalTo(66.7f))
                .body("kpis.find { it.kpi == 'SATISFACTION' }.percent", equalTo(66.7f))
                .body("channels.count", contains(1, 0, 0, 2, 1, 1, 0))
                .body("timeliness.early", equalTo(2)).body("timeliness.onTime", equalTo(1))
                .body("timeliness.late", equalTo(1));
        // the agency head sees the own agency's without naming it
        given().auth().oauth2(Tokens.user("head").roles("agency-head").province("20").agency("SKHCN-20").sign())
                .queryParam("period", "2043-Q2").get("/api/reports/kpis").then().statusCode(200)
                .body("scope.agency", equalTo("SKHCN-20"))
                .body("kpis.find { it.kpi == 'ON_TIME' }.denominator", equalTo(4));
    }

    @Test
    void anotherProvinceSeesOnlyItsOwnDossiers() {
        given().auth().oauth2(Tokens.provinceAdmin("04")).queryParam("period", "2043-Q2")
                .get("/api/reports/kpis").then().statusCode(200)
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.denominator", equalTo(1))
                .body("kpis.find { it.kpi == 'ONLINE_DOSSIERS' }.target", nullValue())
                .body("timeliness.late", equalTo(1));
        given().auth().oauth2(Tokens.user("auditor").roles("national-auditor").sign())
                .queryParam("period", "2043-Q2").queryParam("province", "20").get("/api/reports/kpis")
                .then().statusCode(200).body("kpis.find { it.kpi == 'ON_TIME' }.denominator", equalTo(5));
    }

    @Test
    void theCallerAndTheParametersAreChecked() {
        given().auth().oauth2(Tokens.provinceAdmin("04")).queryParam("period", "2043-Q2").queryParam("province", "20")
                .get("/api/reports/kpis").then().statusCode(403)
                .body("type", equalTo("urn:mot-cua:problem:foreign-province"));
        given().auth().oauth2(Tokens.user("head").roles("agency-head").province("20").agency("SKHCN-20").sign())
                .queryParam("period", "2043-Q2").queryParam("agency", "SNV-20").get("/api/reports/kpis")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.receptionOfficer("20")).queryParam("period", "2043-Q2")
                .get("/api/reports/kpis").then().statusCode(403);
        given().auth().oauth2(Tokens.user("auditor").roles("national-auditor").sign())
                .queryParam("period", "2043-Q2").get("/api/reports/kpis")
                .then().statusCode(400).body("errors.field", contains("province"));
        given().auth().oauth2(ADMIN).queryParam("period", "2043-Q5").get("/api/reports/kpis")
                .then().statusCode(400).body("errors.field", contains("period"));
        given().auth().oauth2(ADMIN).get("/api/reports/kpis")
                .then().statusCode(400).body("errors.field", contains("period"));
        given().auth().oauth2(ADMIN).queryParam("period", "2043-Q2").queryParam("periods", 25)
                .get("/api/reports/kpis").then().statusCode(400).body("errors.field", contains("periods"));
    }
}
