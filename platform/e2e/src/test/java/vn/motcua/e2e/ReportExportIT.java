package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.platform.documents.PdfText;

/**
 * Form II.06b of Lạng Sơn's generated quarter downloaded as officials download it, through the gateway as the
 * province admin, and read back: the workbook with Apache POI (the TOTAL row's figures equal the JSON form's, a
 * field's label keeps its diacritics), the PDF's extracted text (title, period, the TOTAL figures), the CSV (UTF-8
 * with a byte order mark so Excel reads the diacritics, one header row of keys); each file named after the form,
 * the province and the period.
 */
@ExtendWith(RunningPlatform.class)
class ReportExportIT {
    private static final String FIELD = "Hoạt động khoa học và công nghệ";

    private final Api api = new Api(Endpoints.local());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theQuartersFormReadsBackFromXlsxPdfAndCsvWithItsFiguresAndDiacritics() throws Exception {
        ReportQuarters.Prepared ls = ReportQuarters.langSon(api);
        ReportHistory h = ls.history();
        long received = IndependentCount.form06b(h.dossiers(), h.from(), h.to()).get(IndependentCount.TOTAL)
                .get("received.total");
        JsonNode form = ReportQuarters.awaitForm(api, ls.formUrl(api, "II.06b"), ls.admin(), "received.total",
                received);
        assertThat(Reports.total(form, "received.total")).isEqualTo(received);
        List<String> columns = new ArrayList<>();
        form.path("columns").forEach(c -> columns.add(c.path("key").asText()));
        JsonNode total = Reports.row(form, "TOTAL");
        JsonNode science = Reports.row(form, "G19-KHCN");
        assertThat(science.path("label").asText()).isEqualTo(FIELD);

        HttpResponse<byte[]> xlsx = download(ls, "xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"bao-cao_II.06b_20_2025-Q4.xlsx\""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row totalRow = rowLabelled(sheet, total.path("label").asText());
            Row scienceRow = rowLabelled(sheet, FIELD);
            assertThat(totalRow).as("the TOTAL row, labelled " + total.path("label")).isNotNull();
            assertThat(scienceRow).as("the row of " + FIELD + ", diacritics intact").isNotNull();
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                assertThat(totalRow.getCell(i + 2).getNumericCellValue()).as("TOTAL " + c)
                        .isEqualTo(total.at("/cells/" + c + "/computed").asDouble());
                assertThat(scienceRow.getCell(i + 2).getNumericCellValue()).as(FIELD + " " + c)
                        .isEqualTo(science.at("/cells/" + c + "/computed").asDouble());
            }
            assertThat(text(sheet)).contains("Biểu số II.06b/VPCP/KSTT", form.at("/period/text").asText());
        }

        HttpResponse<byte[]> pdf = download(ls, "pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"bao-cao_II.06b_20_2025-Q4.pdf\""));
        List<String> lines = PdfText.lines(pdf.body());
        String all = String.join("\n", lines);
        assertThat(all).contains("Biểu số II.06b/VPCP/KSTT", FIELD);
        assertThat(String.join(" ", lines)).contains(form.at("/period/text").asText());
        String totalLine = lines.stream().filter(l -> l.startsWith(total.path("label").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + total.path("label") + " in\n" + all));
        List<String> figures = new ArrayList<>();
        // as printed for Vietnamese readers: a dot between thousands (1.266)
        columns.forEach(c -> figures.add(String.format(java.util.Locale.GERMANY, "%,d",
                total.at("/cells/" + c + "/computed").asLong())));
        assertThat(totalLine.substring(total.path("label").asText().length()).strip())
                .as("the TOTAL line's figures, in the columns' order").isEqualTo(String.join(" ", figures));

        HttpResponse<byte[]> csv = download(ls, "csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"bao-cao_II.06b_20_2025-Q4.csv\""));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + "row,label," + String.join(",", columns) + "\r\n");
        assertThat(text).contains("G19-KHCN," + FIELD + ",");
        assertThat(text).contains("TOTAL,");
    }

    private HttpResponse<byte[]> download(ReportQuarters.Prepared p, String format) throws IOException,
            InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(api.endpoints().gateway()
                        + "/api/reports/forms/II.06b/export?format=" + format + "&period=" + ReportQuarters.LABEL))
                .header("Authorization", "Bearer " + p.admin()).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(format + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r;
    }

    /** The sheet row whose label column (2) reads {@code label}. */
    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        return null;
    }

    private static String text(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    b.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
