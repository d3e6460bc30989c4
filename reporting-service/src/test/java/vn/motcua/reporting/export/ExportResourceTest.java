package vn.motcua.reporting.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.platform.documents.PdfText;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The export endpoints end to end over HTTP, with the hand-built forms of {@link SampleReportForms} in place of
 * the forms computed from the read models: the checks, the scope each caller gets, the headers, and each file read
 * back.
 */
@QuarkusTest
@TestProfile(ExportResourceTest.SampleFormsProfile.class)
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExportResourceTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static class SampleFormsProfile implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SampleReportForms.class);
        }
    }

    @Test
    void aProvinceAdminDownloadsTheProvincesFormAsAWorkbook() throws IOException {
        Response response = export(Tokens.provinceAdmin("20"), "/api/reports/forms/II.06b/export",
                "xlsx", "2026-Q2", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment;"
                + " filename=\"bao-cao_II.06b_20_2026-Q2.xlsx\"; filename*=UTF-8''bao-cao_II.06b_20_2026-Q2.xlsx");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số II.06b/VPCP/KSTT");
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Lĩnh vực Khoa học và Công nghệ");
            assertThat(sheet.getRow(9).getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(12).getCell(2).getNumericCellValue()).isEqualTo(1266.0);
        }
    }

    @Test
    void theSameFormAsAPdfAndAsACsv() throws IOException {
        String admin = Tokens.provinceAdmin("20");
        Response pdf = export(admin, "/api/reports/forms/II.06b/export", "pdf", "2026-Q2",
                "20", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"bao-cao_II.06b_20_2026-Q2.pdf\"");
        assertThat(PdfText.lines(pdf.asByteArray()))
                .contains("1 Lĩnh vực Khoa học và Công nghệ 12 5 4 3 8 2 5 1 3 2 1 1");

        Response csv = export(admin, "/api/reports/forms/II.06b/export", "csv", "2026-Q2",
                null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"bao-cao_II.06b_20_2026-Q2.csv\"");
        assertThat(new String(csv.asByteArray(), StandardCharsets.UTF_8).lines().toList()).element(1)
                .isEqualTo("KHCN,Lĩnh vực Khoa học và Công nghệ,12,5,4,3,8,2,5,1,3,2,1,1");
    }

    @Test
    void anAgencyHeadGetsTheAgencysFileAndAnAdminNamingAnAgencyToo() {
        String head = Tokens.user("head").roles("agency-head").province("20").agency("SKHCN-20").sign();
        assertThat(export(head, "/api/reports/forms/II.06b/export", "csv", "2026-Q2", null, null)
                .header("Content-Disposition")).startsWith("attachment; filename=\"bao-cao_II.06b_20_SKHCN-20_2026-Q2.csv\"");
        assertThat(export(Tokens.provinceAdmin("20"), "/api/reports/forms/II.06b/export", "pdf", "2026-Q2", null,
                "STP-20").header("Content-Disposition"))
                .startsWith("attachment; filename=\"bao-cao_II.06b_20_STP-20_2026-Q2.pdf\"");
        export(head, "/api/reports/forms/II.06b/export", "csv", "2026-Q2", null, "STP-20").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theNationalAuditorDownloadsTheRollUpAndNamesAProvinceForAProvincesForm() {
        String auditor = Tokens.user("auditor").roles("national-auditor").sign();
        Response national = export(auditor, "/api/reports/national/II.06b/export", "csv",
                "2026-Q2", null, null);
        assertThat(national.statusCode()).isEqualTo(200);
        assertThat(national.header("Content-Disposition"))
                .startsWith("attachment; filename=\"bao-cao_II.06b_toan-quoc_2026-Q2.csv\"");
        assertThat(new String(national.asByteArray(), StandardCharsets.UTF_8).lines().toList()).element(2)
                .isEqualTo("04,Cao Bằng (từ ngày 05/03/2026 đến ngày 04/06/2026),20,15,3,2,15,5,9,1,5,4,1,0");

        assertThat(export(auditor, "/api/reports/forms/II.06b/export", "xlsx", "2026-Q2", "04", null)
                .header("Content-Disposition")).startsWith("attachment; filename=\"bao-cao_II.06b_04_2026-Q2.xlsx\"");
        export(auditor, "/api/reports/forms/II.06b/export", "xlsx", "2026-Q2", null, null).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("province"));
        export(Tokens.provinceAdmin("20"), "/api/reports/national/II.06b/export", "xlsx", "2026-Q2", null, null)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, 2026-Q2, format",
            "docx, 2026-Q2, format",
            "XLSX, 2026-Q2, format",
            "'', 2026-Q2, format",
            "xlsx, null, period",
            "csv, '', period"})
    void aMissingOrUnknownFormatOrPeriodIsAProblemNamingIt(String format, String period, String field) {
        for (String path : new String[] {"/api/reports/forms/II.06b/export", "/api/reports/national/II.06b/export"}) {
            export(Tokens.user("auditor").roles("national-auditor").province("20").sign(), path, format, period,
                    "20", null).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:validation")).body("errors.field", contains(field));
        }
    }

    @Test
    void anUnknownFormIsNotFoundAndOnlyLeadersAndAuditorsDownload() {
        export(Tokens.provinceAdmin("20"), "/api/reports/forms/II.99/export", "xlsx", "2026-Q2", null, null)
                .then().statusCode(404).contentType("application/problem+json");
        export(Tokens.provinceAdmin("04"), "/api/reports/forms/II.06b/export", "xlsx", "2026-Q2", "20", null)
                .then().statusCode(403).body("type", equalTo("urn:mot-cua:problem:foreign-province"));
        export(Tokens.receptionOfficer("20"), "/api/reports/forms/II.06b/export", "xlsx", "2026-Q2", null, null)
                .then().statusCode(403);
        given().queryParam("format", "xlsx").queryParam("period", "2026-Q2")
                .get("/api/reports/forms/II.06b/export").then().statusCode(401);
    }

    private static Response export(String token, String path, String format, String period,
            String province, String agency) {
        var request = given().auth().oauth2(token);
        if (format != null) {
            request = request.queryParam("format", format);
        }
        if (period != null) {
            request = request.queryParam("period", period);
        }
        if (province != null) {
            request = request.queryParam("province", province);
        }
        if (agency != null) {
            request = request.queryParam("agency", agency);
        }
        return request.get(path);
    }
}
