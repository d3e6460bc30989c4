package vn.motcua.reporting.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The export of a form the service computes (the real {@code ReportForms}), for a province and a quarter no other
 * test writes (Sơn La, 2039-Q3): the national cut-off (15th) in the period text, the province's name in the
 * heading, an empty quarter's total; and a period the service cannot read refused before any byte is streamed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ComputedFormExportTest {
    static final String SON_LA = "14";

    @Test
    void anEmptyQuartersFormIsExportedWithItsHeadingAndAZeroTotal() throws IOException {
        Response csv = export("csv", "2039-Q3");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"bao-cao_II.06b_14_2039-Q3.csv\"");
        assertThat(new String(csv.asByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "row,label,received.total,received.online,received.directOrPostal,received.carriedOver,"
                + "resolved.total,resolved.early,resolved.onTime,resolved.late,inProgress.total,inProgress.withinDue,"
                + "inProgress.overdue,stopped\r\n"
                + "TOTAL,Tổng cộng,0,0,0,0,0,0,0,0,0,0,0,0\r\n");

        Response xlsx = export("xlsx", "2039-Q3");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số II.06b/VPCP/KSTT");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue())
                    .isEqualTo("- Đơn vị báo cáo: Ủy ban nhân dân tỉnh Sơn La");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Quý III năm 2039 (từ ngày 15/06/2039 đến ngày 14/09/2039)");
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(9).getCell(2).getNumericCellValue()).isZero();
        }
    }

    @Test
    void aPeriodTheServiceCannotReadIsAProblemNotAFile() {
        export("pdf", "2039-Q5").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("period"));
    }

    private static Response export(String format, String period) {
        return given().auth().oauth2(Tokens.provinceAdmin(SON_LA)).queryParam("format", format)
                .queryParam("period", period).get("/api/reports/forms/II.06b/export");
    }
}
