package vn.motcua.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The forms over rows written into the read-model tables, with literal expected figures. Each test has provinces of
 * its own (the database is shared by the module's tests).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormResourceTest {
    static final String HA_TINH = "42";

    @Inject
    DataSource dataSource;

    /** Hà Tĩnh, Q2 2031 with the national cut-off: 15/03/2031 00:00 to 15/06/2031 00:00. */
    static boolean haTinhWritten;

    void haTinh() {
        if (haTinhWritten) {
            return;
        }
        haTinhWritten = true;
        FormRows rows = new FormRows(dataSource, HA_TINH);
        rows.field("F1", "Hoạt động khoa học và công nghệ");
        rows.field("F2", "Hộ tịch");
        rows.agency("SKHCN-42", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh");
        UUID early = rows.dossier("F1", "SKHCN-42", "ONLINE_NATIONAL_PORTAL", "2031-04-10T09:00", "2031-04-24T17:00",
                "2031-04-20T10:00 EARLY", null);
        rows.set(early, "result_digitised = true");
        rows.dossier("F1", "SKHCN-42", "DIRECT_CENTRE", "2031-03-15T00:00", "2031-06-01T17:00", null, null);
        rows.dossier("F1", "SKHCN-42", "POSTAL", "2031-03-01T09:00", "2031-03-20T17:00", "2031-05-01T10:00 LATE",
                null);
        rows.dossier("F2", "STP-42", "DIRECT_AGENCY", "2031-06-14T23:59", "2031-06-28T17:00", null, null);
        rows.dossier("F2", "STP-42", "VNEID", "2031-05-01T09:00", "2031-05-15T17:00", null, "2031-05-03T10:00");
        rows.dossier(null, "STP-42", "DIRECT_CENTRE", "2031-06-15T00:00", "2031-06-30T17:00", null, null);
        rows.dossier("F2", "STP-42", "DIRECT_CENTRE", "2031-02-01T09:00", "2031-03-01T17:00",
                "2031-03-14T23:59 ON_TIME", null);
        UUID waiting = rows.dossier(null, "SKHCN-42", "ONLINE_PROVINCIAL_PORTAL", "2031-05-10T09:00",
                "2031-05-20T17:00", null, null);
        rows.set(waiting, "procedure_code = '2.000042'");
        rows.due(waiting, "2031-05-15T08:00", null);
        UUID extendedAfter = rows.dossier("F1", "SKHCN-42", "DIRECT_CENTRE", "2031-05-05T09:00", "2031-06-10T17:00",
                "2031-06-20T10:00 ON_TIME", null);
        rows.due(extendedAfter, "2031-06-16T08:00", "2031-06-30T17:00");

        UUID p1 = rows.version(null, "1.00042", 1, "F1", "SKHCN-42", "CENTRAL", "ONE_STOP", "FULL",
                "postalReceipt feeBearing", "2030-01-01", null);
        rows.version(p1, "1.00042", 2, "F1", "SKHCN-42", "CENTRAL", "ONE_STOP", "PARTIAL", "feeBearing",
                "2031-04-01", "123/QĐ-UBND");
        rows.version(null, "2.000042", 1, "F2", "STP-42", "LOCAL", "INTER_CONNECTED", "LEVEL_4", "fourOnTheSpot",
                "2031-05-01", "45/QĐ-UBND");
        UUID p3 = rows.version(null, "3.00042", 1, "F2", "STP-42", "LOCAL", "ONE_STOP", "NONE", "", "2029-01-01",
                null);
        rows.abolition(p3, "3.00042", "2031-06-01", "67/QĐ-UBND");
        rows.version(null, "4.00042", 1, "F1", "SKHCN-42", "CENTRAL", "ONE_STOP", "FULL", "", "2031-07-01", null);
    }

    @Test
    void formII06bOfAProvinceCountsPerFieldAsOfThePeriodsBoundaries() {
        haTinh();
        JsonPath form = form("II.06b", "2031-Q2", Tokens.provinceAdmin(HA_TINH), null);

        assertThat(form.getString("formNumber")).isEqualTo("Biểu số II.06b/VPCP/KSTT");
        assertThat(form.getString("legalBasis")).isEqualTo("Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày"
                + " 21/10/2020 của Văn phòng Chính phủ");
        assertThat(form.getString("title")).isEqualTo("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN,"
                + " ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT");
        assertThat(form.getString("reportingUnit")).isEqualTo("Ủy ban nhân dân tỉnh Hà Tĩnh");
        assertThat(form.getString("receivingUnit")).isEqualTo("Văn phòng Chính phủ");
        assertThat(form.getString("unitOfMeasure")).isEqualTo("Đơn vị tính: Số hồ sơ TTHC");
        assertThat(form.getString("period.text"))
                .isEqualTo("Quý II năm 2031 (từ ngày 15/03/2031 đến ngày 14/06/2031)");
        assertThat(form.getList("rows.key")).containsExactly("F1", "F2", "UNKNOWN", "TOTAL");
        assertThat(form.getList("rows.label")).containsExactly("Hoạt động khoa học và công nghệ", "Hộ tịch",
                "Chưa xác định lĩnh vực", "Tổng cộng");
        // received total, online, direct or postal, carried over | resolved total, early, on time, late |
        // in progress total, within, overdue | stopped
        assertThat(figures(form, "F1")).containsExactly(4, 1, 2, 1, 2, 1, 0, 1, 2, 0, 2, 0);
        assertThat(figures(form, "F2")).containsExactly(2, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1);
        assertThat(figures(form, "UNKNOWN")).containsExactly(1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0);
        assertThat(figures(form, "TOTAL")).containsExactly(7, 3, 3, 1, 2, 1, 0, 1, 4, 2, 2, 1);
    }

    /**
     * The running period (the module's tests read at 2040-01-01 00:00Z = 07:00 in Việt Nam, inside 2040-Q1 of Nghệ An,
     * 15/12/2039 – 14/03/2040): in progress and past the due date are as of now, not as of the quarter's last day
     * still to come; a dossier due next week is within its time.
     */
    @Test
    void aRunningPeriodCountsWhatIsLateAsOfNow() {
        FormRows rows = new FormRows(dataSource, "40");
        rows.field("F1", "Hoạt động khoa học và công nghệ");
        rows.dossier("F1", "SKHCN-40", "DIRECT_CENTRE", "2039-12-20T09:00", "2039-12-31T17:00", null, null);
        rows.dossier("F1", "SKHCN-40", "DIRECT_CENTRE", "2039-12-22T09:00", "2040-01-08T17:00", null, null);
        rows.dossier("F1", "SKHCN-40", "ONLINE_NATIONAL_PORTAL", "2039-12-23T09:00", "2040-01-10T17:00",
                "2039-12-30T10:00 EARLY", null);

        JsonPath form = form("II.06b", "2040-Q1", Tokens.provinceAdmin("40"), null);

        assertThat(form.getString("period.text")).isEqualTo("Quý I năm 2040 (từ ngày 15/12/2039 đến ngày 14/03/2040)");
        assertThat(figures(form, "TOTAL")).containsExactly(3, 1, 2, 0, 1, 1, 0, 0, 2, 1, 1, 0);
    }

    @Test
    void anAgencyHeadReadsTheAgencysForm() {
        haTinh();
        String head = Tokens.user("lanhdao").roles("agency-head").province(HA_TINH).agency("SKHCN-42").sign();
        JsonPath form = form("II.06b", "2031-Q2", head, null);

        assertThat(form.getString("reportingUnit")).isEqualTo("Sở Khoa học và Công nghệ tỉnh Hà Tĩnh");
        assertThat(form.getString("receivingUnit")).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh");
        assertThat(form.getString("scope.kind")).isEqualTo("AGENCY");
        assertThat(form.getList("rows.key")).containsExactly("F1", "UNKNOWN", "TOTAL");
        assertThat(figures(form, "TOTAL")).containsExactly(5, 2, 2, 1, 2, 1, 0, 1, 3, 1, 2, 0);

        given().auth().oauth2(head).queryParam("period", "2031-Q2").queryParam("agency", "STP-42")
                .get("/api/reports/forms/II.06b").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:mot-cua:problem:foreign-agency"));
    }

    @Test
    void formII03bCountsTheCatalogueInForceOnTheLastDayAndTheChangesOfThePeriod() {
        haTinh();
        JsonPath form = form("II.03b", "2031-Q2", Tokens.provinceAdmin(HA_TINH), null);

        assertThat(form.getString("formNumber")).isEqualTo("Biểu số II.03b/VPCP/KSTT");
        assertThat(form.getList("rows.key")).containsExactly("F1", "F2", "TOTAL");
        List<String> columns = form.getList("columns.key");
        assertThat(columns).containsExactly("total", "central", "local", "oneStop", "interConnected",
                "postalReceipt", "postalReturn", "onlineFull", "onlinePartial", "fourOnTheSpot", "published",
                "amended", "abolished");
        assertThat(cells(form, "F1", columns)).containsExactly(1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0);
        assertThat(cells(form, "F2", columns)).containsExactly(1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1);
        assertThat(cells(form, "TOTAL", columns)).containsExactly(2, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1);
        assertThat(form.getList("notes", String.class)).contains("Bãi bỏ: Quyết định số 67/QĐ-UBND",
                "Công bố mới: Quyết định số 45/QĐ-UBND", "Sửa đổi, bổ sung, thay thế: Quyết định số 123/QĐ-UBND");
    }

    @Test
    void theRatesShowTheirNumeratorDenominatorAndDefinition() {
        haTinh();
        JsonPath form = form("rates", "2031-Q2", Tokens.provinceAdmin(HA_TINH), null);

        assertThat(rate(form, "ONLINE_DOSSIERS")).isEqualTo("3/6=50.0");
        assertThat(rate(form, "ON_TIME")).isEqualTo("1/2=50.0");
        assertThat(rate(form, "DIGITISED_RESULTS")).isEqualTo("1/2=50.0");
        assertThat(rate(form, "FULL_ONLINE_PROCEDURES")).isEqualTo("1/2=50.0");
        assertThat(rate(form, "FULL_ONLINE_PROCEDURES_USED")).isEqualTo("1/1=100.0");
        assertThat(rate(form, "FEE_PROCEDURES_PAID_ONLINE")).isEqualTo("0/1=0.0");
        assertThat(rate(form, "SATISFACTION")).isEqualTo("0/0=không có dữ liệu");
        assertThat(form.getString("rows.find { it.key == 'ONLINE_DOSSIERS' }.cells.definition.text"))
                .isEqualTo("Số hồ sơ tiếp nhận trực tuyến trong kỳ ÷ tổng số hồ sơ tiếp nhận mới trong kỳ");
    }

    @Test
    void theEvaluationSummaryListsTheProvinceThenItsAgencies() {
        FormRows rows = new FormRows(dataSource, "44");
        rows.agency("SNV-44", "Sở Nội vụ tỉnh Quảng Trị");
        rows.scorecard("PROVINCE", "44", "2031-Q3", "15.5", "18.0", "TOT", 120, "[{\"group\": 1, \"name\": \"x\","
                + " \"points\": 17.5, \"max\": 20}]");
        rows.scorecard("AGENCY", "SNV-44", "2031-Q3", "17.0", "18.0", "XUAT_SAC", 40, "[]");
        JsonPath form = form("evaluation", "2031-Q3", Tokens.provinceAdmin("44"), null);

        assertThat(form.getList("rows.key")).containsExactly("TOTAL", "SNV-44");
        assertThat(form.getList("rows.label")).containsExactly("Ủy ban nhân dân tỉnh Quảng Trị",
                "Sở Nội vụ tỉnh Quảng Trị");
        assertThat(form.getString("rows[0].cells.band.text")).isEqualTo("Tốt");
        assertThat(form.getString("rows[0].cells.'index766.1'.text")).isEqualTo("17,5/20");
        assertThat(form.getFloat("rows[1].cells.total.computed")).isEqualTo(17.0f);
        assertThat(form("evaluation", "2031-07", Tokens.provinceAdmin("44"), null).getList("rows")).isEmpty();
    }

    @Test
    void theNationalRollUpCutsEachProvinceWithItsOwnCutOff() {
        FormRows anGiang = new FormRows(dataSource, "91");
        anGiang.dossier("F", "A-91", "DIRECT_CENTRE", "2031-12-14T23:00", "2033-01-01T17:00", null, null);
        anGiang.dossier("F", "A-91", "POSTAL", "2032-03-10T09:00", "2033-01-01T17:00", null, null);
        FormRows caMau = new FormRows(dataSource, "96");
        caMau.cutoff("2000-01-01", 5);
        caMau.dossier("F", "A-96", "DIRECT_CENTRE", "2031-12-10T09:00", "2033-01-01T17:00", null, null);
        caMau.dossier("F", "A-96", "DIRECT_CENTRE", "2032-03-10T09:00", "2033-01-01T17:00", null, null);
        caMau.dossier("F", "A-96", "VNEID", "2031-12-04T09:00", "2031-12-30T17:00", "2031-12-20T10:00 EARLY", null);
        String auditor = Tokens.user("kiemtra").roles("national-auditor").sign();

        JsonPath form = given().auth().oauth2(auditor).queryParam("period", "2032-Q1")
                .get("/api/reports/national/II.06b").then().statusCode(200).extract().jsonPath();

        assertThat(form.getString("scope.kind")).isEqualTo("NATIONAL");
        assertThat(form.getString("rows.find { it.key == '91' }.label")).isEqualTo("An Giang (15/12/2031 – 14/03/2032)");
        assertThat(form.getString("rows.find { it.key == '96' }.label")).isEqualTo("Cà Mau (05/12/2031 – 04/03/2032)");
        assertThat(figures(form, "91")).containsExactly(2, 0, 1, 1, 0, 0, 0, 0, 2, 2, 0, 0);
        assertThat(figures(form, "96")).containsExactly(2, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0);
        List<String> keys = form.getList("rows.key");
        assertThat(keys.getLast()).isEqualTo("TOTAL");
        int sum = keys.stream().filter(k -> !k.equals("TOTAL")).mapToInt(k -> figures(form, k).getFirst()).sum();
        assertThat(figures(form, "TOTAL").getFirst()).isEqualTo(sum);

        given().auth().oauth2(Tokens.provinceAdmin("91")).queryParam("period", "2032-Q1")
                .get("/api/reports/national/II.06b").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingWhatIsWrong() {
        String admin = Tokens.provinceAdmin(HA_TINH);
        given().auth().oauth2(admin).queryParam("period", "2031-Q2").get("/api/reports/forms/II.07")
                .then().statusCode(404).contentType("application/problem+json");
        for (String period : new String[] {"2031-Q5", "", "2031-13", "2031-01-01..2032-12-31", "Q2"}) {
            given().auth().oauth2(admin).queryParam("period", period).get("/api/reports/forms/II.06b")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("period"));
        }
        given().auth().oauth2(admin).get("/api/reports/forms/II.06b")
                .then().statusCode(400).body("errors.field", contains("period"));
        given().auth().oauth2(admin).queryParam("period", "2031-Q2").queryParam("province", "4X")
                .get("/api/reports/forms/II.06b").then().statusCode(400).body("errors.field", contains("province"));
        given().auth().oauth2(admin).queryParam("period", "2031-Q2").queryParam("province", "20")
                .get("/api/reports/forms/II.06b").then().statusCode(403)
                .body("type", equalTo("urn:mot-cua:problem:foreign-province"));
        given().auth().oauth2(Tokens.user("kiemtra").roles("national-auditor").sign()).queryParam("period", "2031-Q2")
                .get("/api/reports/forms/II.06b").then().statusCode(400).body("errors.field", contains("province"));
        given().auth().oauth2(Tokens.receptionOfficer(HA_TINH)).queryParam("period", "2031-Q2")
                .get("/api/reports/forms/II.06b").then().statusCode(403).contentType("application/problem+json");
        given().queryParam("period", "2031-Q2").get("/api/reports/forms/II.06b").then().statusCode(401);
    }

    @Test
    void thePeriodsOfAProvinceComeWithTheirRangeAndText() {
        new FormRows(dataSource, "46").cutoff("2000-01-01", 5);
        List<Map<String, Object>> periods = given().auth().oauth2(Tokens.provinceAdmin("46"))
                .queryParam("kind", "HALF_YEAR").queryParam("count", 3).get("/api/reports/periods")
                .then().statusCode(200).extract().jsonPath().getList("$");

        assertThat(periods).hasSize(3);
        Map<String, Object> before = periods.get(1);
        assertThat(before.get("kind")).isEqualTo("HALF_YEAR");
        String label = (String) before.get("label");
        assertThat(before.get("text").toString()).contains("(từ ngày 05/");
        assertThat(label).matches("\\d{4}-H[12]");
        given().auth().oauth2(Tokens.provinceAdmin("46")).queryParam("kind", "WEEK").get("/api/reports/periods")
                .then().statusCode(400).body("errors.field", contains("kind"));
        given().auth().oauth2(Tokens.provinceAdmin("46")).queryParam("count", "0").get("/api/reports/periods")
                .then().statusCode(400).body("errors.field", contains("count"));
    }

    static JsonPath form(String form, String period, String token, String agency) {
        var request = given().auth().oauth2(token).queryParam("period", period);
        if (agency != null) {
            request = request.queryParam("agency", agency);
        }
        return request.get("/api/reports/forms/" + form).then().statusCode(200).extract().jsonPath();
    }

    static final List<String> COLUMNS_06B = List.of("received.total", "received.online", "received.directOrPostal",
            "received.carriedOver", "resolved.total", "resolved.early", "resolved.onTime", "resolved.late",
            "inProgress.total", "inProgress.withinDue", "inProgress.overdue", "stopped");

    static List<Integer> figures(JsonPath form, String row) {
        return cells(form, row, COLUMNS_06B);
    }

    static List<Integer> cells(JsonPath form, String row, List<String> columns) {
        Map<String, Map<String, Object>> cells = form.getMap("rows.find { it.key == '" + row + "' }.cells");
        return columns.stream().map(c -> ((Number) cells.get(c).get("computed")).intValue()).toList();
    }

    static String rate(JsonPath form, String kpi) {
        Map<String, Map<String, Object>> cells = form.getMap("rows.find { it.key == '" + kpi + "' }.cells");
        Object percent = cells.get("percent").get("computed");
        return cells.get("numerator").get("computed") + "/" + cells.get("denominator").get("computed") + "="
                + (percent != null ? percent : cells.get("percent").get("text"));
    }
}
