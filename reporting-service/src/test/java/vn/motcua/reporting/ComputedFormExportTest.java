package vn.motcua.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.documents.PdfText;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The exports of a form the service computes (the real {@code ReportForms}) over read-model rows written with
 * literal times: Sơn La, Q3 2039 with the national cut-off (15/06/2039 00:00 to 15/09/2039 00:00), three
 * dossiers of one field: received online and resolved early; received at the desk and overdue at the end;
 * received by post before the period (carried over) and resolved on time in it. The same figures in CSV, XLSX and
 * PDF; a period the service cannot read is refused before any byte is streamed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ComputedFormExportTest {
    static final String SON_LA = "14";
    static final String SCIENCE = "Lĩnh vực Khoa học và Công nghệ";
    static boolean written;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void sonLa() {
        if (written) {
            return;
        }
        written = true;
        FormRows rows = new FormRows(dataSource, SON_LA);
        rows.field("KHCN", SCIENCE);
        rows.dossier("KHCN", "SKHCN-14", "ONLINE_NATIONAL_PORTAL", "2039-07-01T09:00", "2039-07-15T17:00",
                "2039-07-10T10:00 EARLY", null);
        rows.dossier("KHCN", "SKHCN-14", "DIRECT_CENTRE", "2039-08-01T09:00", "2039-08-20T17:00", null, null);
        rows.dossier("KHCN", "SKHCN-14", "POSTAL", "2039-06-01T09:00", "2039-06-30T17:00",
                "2039-06-25T10:00 ON_TIME", null);
    }

    @Test
    void theCsvCarriesTheComputedFiguresPerFieldAndTheTotal() {
        Response csv = export("csv", "2039-Q3");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition"))
                .startsWith("attachment; filename=\"bao-cao_II.06b_14_2039-Q3.csv\"");
        assertThat(new String(csv.asByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "row,label,received.total,received.online,received.directOrPostal,received.carriedOver,"
                + "resolved.total,resolved.early,resolved.onTime,resolved.late,inProgress.total,inProgress.withinDue,"
                + "inProgress.overdue,stopped\r\n"
                + "KHCN,Lĩnh vực Khoa học và Công nghệ,3,1,1,1,2,1,1,0,1,0,1,0\r\n"
                + "TOTAL,Tổng cộng,3,1,1,1,2,1,1,0,1,0,1,0\r\n");
    }

    @Test
    void theWorkbookAndThePdfCarryTheSameFiguresUnderTheProvincesHeading() throws IOException {
        Response xlsx = export("xlsx", "2039-Q3");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số II.06b/VPCP/KSTT");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue())
                    .isEqualTo("- Đơn vị báo cáo: Ủy ban nhân dân tỉnh Sơn La");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Quý III năm 2039 (từ ngày 15/06/2039 đến ngày 14/09/2039)");
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo(SCIENCE);
            assertThat(IntStream.rangeClosed(2, 13).mapToObj(c -> sheet.getRow(9).getCell(c).getNumericCellValue()))
                    .containsExactly(3.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0);
            assertThat(sheet.getRow(10).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
        }

        Response pdf = export("pdf", "2039-Q3");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfText.lines(pdf.asByteArray())).contains(
                "Kỳ báo cáo: Quý III năm 2039 (từ ngày 15/06/2039 đến ngày 14/09/2039)",
                "1 Lĩnh vực Khoa học và Công nghệ 3 1 1 1 2 1 1 0 1 0 1 0",
                "Tổng cộng 3 1 1 1 2 1 1 0 1 0 1 0");
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
