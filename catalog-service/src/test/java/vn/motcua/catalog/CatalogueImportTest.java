package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Issue 12, item 7: a catalogue imported row by row, twice without change, a bad row never half-applied. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogueImportTest {
    static final String PATH = "/api/catalog/imports";

    @Inject
    DataSource dataSource;

    static String row(String code, String terms, LocalDate effectiveFrom) {
        return """
                {"code":"%s","terms":%s,"decision":{"number":"9/QĐ-UBND","date":"2025-06-30","issuer":"Chủ tịch UBND tỉnh"},
                 "effectiveFrom":"%s"}""".formatted(code, terms, effectiveFrom);
    }

    static ValidatableResponse importJson(String province, String... rows) {
        return given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON)
                .body("{\"procedures\":[" + String.join(",", rows) + "]}")
                .post(PATH).then();
    }

    static ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("text/csv; charset=utf-8")
                .body(csv).post(PATH + "/csv").then();
    }

    @Test
    void aFileImportedTwiceChangesNothingTheSecondTimeAndAChangedRowBecomesANewVersion() throws SQLException {
        String a = Procedures.newCode();
        String b = Procedures.newCode();
        LocalDate lastMonth = Procedures.today().minusDays(30);
        String rowA = row(a, Procedures.terms("SKHCN-20"), lastMonth);
        String rowB = row(b, Procedures.terms("SKHCN-20", "Đăng ký kết quả nhiệm vụ khoa học"), lastMonth);

        importJson("20", rowA, rowB).statusCode(200)
                .body("created", equalTo(2)).body("amended", equalTo(0)).body("unchanged", equalTo(0))
                .body("rejected", equalTo(0))
                .body("rows.row", contains(1, 2)).body("rows.code", contains(a, b))
                .body("rows.outcome", contains("CREATED", "CREATED")).body("rows.version", contains(1, 1));
        long events = events(a);

        importJson("20", rowA, rowB).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2))
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED"));
        assertThat(events(a)).isEqualTo(events);
        assertThat(versions(a)).isEqualTo(1);

        LocalDate nextMonth = Procedures.today().plusDays(30);
        importJson("20", row(a, Procedures.terms("SKHCN-20", "Cấp giấy phép bức xạ (sửa đổi)"), nextMonth), rowB)
                .statusCode(200)
                .body("amended", equalTo(1)).body("unchanged", equalTo(1))
                .body("rows.outcome", contains("AMENDED", "UNCHANGED")).body("rows.version", contains(2, 1));
        assertThat(versions(a)).isEqualTo(2);
        assertThat(events(a)).isEqualTo(events + 1);
    }

    @Test
    void eachBadRowIsRejectedWithItsReasonAndNothingOfItIsAppliedWhileTheOthersAre() throws SQLException {
        String good = Procedures.newCode();
        String badEnum = Procedures.newCode();
        String control = Procedures.newCode();
        String zeroDays = Procedures.newCode();
        String foreign = Procedures.newCode();
        LocalDate since = Procedures.today().minusDays(10);
        String terms = Procedures.terms("SKHCN-20");

        importJson("20",
                row(good, terms, since),
                row(badEnum, terms.replace("\"ONE_STOP\"", "\"MOT_CUA\""), since),
                row(control, Procedures.terms("SKHCN-20", "Cấp phép\\u0007"), since),
                row(good, terms, since),
                // a time limit of 0 days is for 4-tại-chỗ procedures only (a domain rule, met inside the use case)
                row(zeroDays, terms.replace("{\"value\":10,", "{\"value\":0,"), since),
                row(foreign, Procedures.terms("SKHCN-04"), since),
                "42")
                .statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(6))
                .body("rows.outcome", contains("CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
                        "REJECTED"))
                .body("rows[1].errors.field", hasItem("terms.mechanism"))
                .body("rows[2].errors.field", hasItem("terms.name"))
                .body("rows[3].errors[0].field", equalTo("code"))
                .body("rows[3].errors[0].message", equalTo("appears again: row 1 already imports procedure " + good))
                .body("rows[4].errors.field", hasItem("terms.caseVariants[0].timeLimit.value"))
                .body("rows[5].code", equalTo(foreign))
                .body("rows[6].code", nullValue()).body("rows[6].errors[0].field", equalTo("row"));

        assertThat(versions(good)).isEqualTo(1);
        assertThat(events(good)).isEqualTo(1);
        for (String refused : new String[] {badEnum, control, zeroDays, foreign}) {
            assertThat(versions(refused)).as(refused).isZero();
        }
    }

    @Test
    void aCsvFileHasOneLinePerCaseVariantInTheNationalDatabasesColumnsAndOfficialsWords() throws SQLException {
        String two = Procedures.newCode();
        String one = Procedures.newCode();
        String csv = header() + "\r\n"
                + line(two, "MOI", "Cấp mới", "10", "Ngày làm việc") + "\r\n"
                + line(one, "CHUNG", "Chung", "16", "Giờ làm việc") + "\r\n"
                + line(two, "GIA_HAN", "Gia hạn", "5", "Ngày làm việc") + "\r\n";

        importCsv("\uFEFF" + csv).statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(0))
                .body("rows.row", contains(2, 3)).body("rows.code", contains(two, one));
        importCsv(csv).statusCode(200).body("unchanged", equalTo(2));

        assertThat(query("select case_variants::text from procedure_version v join procedure p on p.id = v.procedure_id"
                + " where p.code = ?", two))
                .isEqualTo("[{\"code\": \"MOI\", \"name\": \"Cấp mới\", \"timeLimit\": {\"unit\": \"WORKING_DAYS\","
                        + " \"value\": 10}}, {\"code\": \"GIA_HAN\", \"name\": \"Gia hạn\", \"timeLimit\": {\"unit\":"
                        + " \"WORKING_DAYS\", \"value\": 5}}]");
        assertThat(query("select fees::text || ' ' || mechanism || ' ' || online_mode || ' ' || effective_from"
                + " from procedure_version v join procedure p on p.id = v.procedure_id where p.code = ?", one))
                .isEqualTo("[{\"amountVnd\": 2000000, \"description\": \"Phí thẩm định\"}, {\"amountVnd\": 500000,"
                        + " \"description\": \"Lệ phí cấp giấy phép\"}] INTER_CONNECTED FULL 2025-07-01");
    }

    @Test
    void aBadCsvLineRejectsItsProcedureNamingTheLineAndColumnAndTheOthersAreCreated() throws SQLException {
        String good = Procedures.newCode();
        String bad = Procedures.newCode();
        String csv = header() + "\n"
                + line(good, "CHUNG", "Chung", "10", "Ngày làm việc") + "\n"
                + line(bad, "MOI", "Cấp mới", "mười", "Ngày làm việc") + "\n"
                + line(bad, "GIA_HAN", "Gia hạn", "5", "Tuần").replace("01/07/2025", "31/06/2025") + "\n";

        importCsv(csv).statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("rows[1].code", equalTo(bad)).body("rows[1].row", equalTo(3))
                .body("rows[1].errors.field", contains("ThoiHan", "DonViThoiHan", "NgayHieuLuc"))
                .body("rows[1].errors.message", contains("line 3: must be a whole number of days or hours",
                        "line 4: must be one of [giờ làm việc, ngày làm việc]",
                        "line 4: differs from line 3 for the same procedure " + bad));
        assertThat(versions(bad)).isZero();
        assertThat(versions(good)).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsRefusedWithAProblem() {
        importCsv(header().replace(",MaDichVu", "") + "\n").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", equalTo("missing column(s) MaDichVu"));
        importCsv(header() + "\n\"1.000001,x\n").statusCode(400).body("errors[0].message",
                equalTo("line 2: a quote is never closed"));
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("text/plain; charset=utf-8").body("x")
                .post(PATH + "/csv").then().statusCode(415);
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType("text/csv; charset=utf-16").body("x")
                .post(PATH + "/csv").then().statusCode(415);
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body("{\"procedures\":[]}").post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("procedures"));
    }

    @Test
    void onlyTheProvinceAdminImports() {
        given().auth().oauth2(Tokens.receptionOfficer("20")).contentType(ContentType.JSON)
                .body("{\"procedures\":[" + row(Procedures.newCode(), Procedures.terms("SKHCN-20"),
                        Procedures.today()) + "]}")
                .post(PATH).then().statusCode(403);
    }

    static String header() {
        return String.join(",", "MaTTHC", "MaDichVu", "TenTTHC", "MaLinhVuc", "CoQuanThucHien", "CapBanHanh", "CoChe",
                "CoQuanPhoiHop", "MucDoTrucTuyen", "TiepNhanBuuChinh", "TraKetQuaBuuChinh", "BonTaiCho",
                "MaTruongHop", "TenTruongHop", "ThoiHan", "DonViThoiHan", "PhiLePhi", "ThanhPhanHoSo", "SoQuyetDinh",
                "NgayQuyetDinh", "CoQuanBanHanh", "NgayHieuLuc");
    }

    /** An inter-connected, fully online procedure of Sở KH&CN Lạng Sơn with two fees and two papers. */
    static String line(String code, String variant, String variantName, String limit, String unit) {
        return String.join(",", code, "", "\"Cấp giấy phép tiến hành công việc bức xạ, X-quang\"", "G19-ATBX",
                "SKHCN-20", "Trung ương", "Một cửa liên thông", "\"Sở Y tế\nCông an tỉnh\"", "Toàn trình", "Có",
                "có", "Không", variant, variantName, limit, unit,
                "\"Phí thẩm định: 2.000.000\nLệ phí cấp giấy phép: 500.000 đồng\"",
                "\"Đơn đề nghị\nBản sao giấy phép kinh doanh\"", "12/QĐ-UBND", "20/06/2025", "UBND tỉnh Lạng Sơn",
                "01/07/2025");
    }

    private long versions(String code) throws SQLException {
        return Long.parseLong(query("select count(*) from procedure_version v join procedure p on p.id = v.procedure_id"
                + " where p.code = ? and p.province_code = '20'", code));
    }

    private long events(String code) throws SQLException {
        return Long.parseLong(query("select count(*) from outbox_message o join procedure p on p.id::text = o.message_key"
                + " where p.code = ? and p.province_code = '20'", code));
    }

    private String query(String sql, String code) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
