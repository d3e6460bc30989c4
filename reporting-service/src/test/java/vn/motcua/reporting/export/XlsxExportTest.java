package vn.motcua.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.form.ReportForm;

/** The workbook read back with POI, cell by cell (rows and columns 0-based: row 6 is Excel's row 7). */
class XlsxExportTest {
    /** Heading rows 0-4, blank 5, groups 6, headers 7, column numbers 8, body from 9. */
    static final int BODY = 9;
    static XSSFWorkbook workbook;
    static XSSFSheet sheet;

    @BeforeAll
    static void render() throws IOException {
        workbook = read(SampleForms.province());
        sheet = workbook.getSheetAt(0);
    }

    @Test
    void theHeadingHasTheFormNumberTheUnitsTheTitleAndThePeriod() {
        assertThat(text(0, 0)).isEqualTo("Biểu số II.06b/VPCP/KSTT");
        assertThat(text(1, 0)).isEqualTo(
                "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ");
        assertThat(workbook.getFontAt(cell(1, 0).getCellStyle().getFontIndex()).getItalic()).isTrue();
        assertThat(text(0, 8)).isEqualTo("- Đơn vị báo cáo: Ủy ban nhân dân tỉnh Lạng Sơn");
        assertThat(text(1, 8)).isEqualTo("- Đơn vị nhận báo cáo: Văn phòng Chính phủ");
        assertThat(text(2, 8)).isEqualTo("Đơn vị tính: Số hồ sơ TTHC");
        assertThat(text(3, 0)).isEqualTo("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC"
                + " TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        assertThat(workbook.getFontAt(cell(3, 0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(text(4, 0)).isEqualTo("Kỳ báo cáo: Quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)");
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:N4"));
    }

    @Test
    void theGroupsAreMergedAcrossTheirColumnsAndTheColumnsNumberedAsInTheCircular() {
        assertThat(List.of(text(6, 0), text(6, 1), text(6, 2), text(6, 6), text(6, 10), text(6, 13))).containsExactly(
                "TT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết",
                "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết", "Ngoài biểu");
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A7:A8"),
                CellRangeAddress.valueOf("B7:B8"), CellRangeAddress.valueOf("C7:F7"),
                CellRangeAddress.valueOf("G7:J7"), CellRangeAddress.valueOf("K7:M7"));
        assertThat(List.of(text(7, 2), text(7, 3), text(7, 4), text(7, 5), text(7, 13))).containsExactly("Tổng số",
                "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", "Dừng giải quyết (rút, không bổ sung)");
        assertThat(List.of(text(8, 0), text(8, 1), text(8, 2), text(8, 12), text(8, 13)))
                .containsExactly("(1)", "(2)", "(3)", "(13)", "(*)");
    }

    @Test
    void eachRowHasItsNumberItsLabelAndItsFiguresAsNumbers() {
        assertThat(text(BODY, 0)).isEqualTo("1");
        assertThat(text(BODY, 1)).isEqualTo("Lĩnh vực Khoa học và Công nghệ");
        assertThat(numbers(BODY)).containsExactly(12.0, 5.0, 4.0, 3.0, 8.0, 2.0, 5.0, 1.0, 3.0, 2.0, 1.0, 1.0);
        assertThat(text(BODY + 2, 1)).isEqualTo(SampleForms.LAND);
        assertThat(numbers(BODY + 2)).startsWith(1234.0, 1000.0, 200.0, 34.0);
        assertThat(cell(BODY + 2, 2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(cell(BODY + 2, 1).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void theTotalRowReadsTongSoInBold() {
        assertThat(text(BODY + 3, 0)).isEmpty();
        assertThat(text(BODY + 3, 1)).isEqualTo("Tổng số");
        assertThat(numbers(BODY + 3)).containsExactly(1266.0, 1020.0, 207.0, 39.0, 1223.0, 107.0, 1014.0, 102.0,
                38.0, 26.0, 12.0, 5.0);
        assertThat(workbook.getFontAt(cell(BODY + 3, 2).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(workbook.getFontAt(cell(BODY, 2).getCellStyle().getFontIndex()).getBold()).isFalse();
    }

    @Test
    void aCorrectedFigureShowsTheCorrectionWithItsCommentAndOthersHaveNone() {
        Cell late = cell(BODY + 1, 9);
        assertThat(late.getNumericCellValue()).isEqualTo(2.0);
        assertThat(late.getCellComment().getString().getString()).isEqualTo("Số tính: 1; điều chỉnh: 2; chênh lệch:"
                + " +1; lý do: Hồ sơ 000.00.20.H32-260501-0007 trả kết quả trễ hạn nhưng ghi nhận đúng hạn");
        assertThat(cell(BODY, 9).getCellComment()).isNull();
    }

    @Test
    void theNotesAndTheSignatureBlockFollowTheTable() {
        int notes = BODY + 5;
        assertThat(text(notes, 0)).isEqualTo("Ghi chú:");
        assertThat(text(notes + 1, 0)).isEqualTo("- Hồ sơ được tính từ khi tiếp nhận (Nghị định 61/2018/NĐ-CP,"
                + " Điều 16).");
        assertThat(text(notes + 3, 0)).isEqualTo("(*) Cột không thuộc biểu mẫu của Thông tư số 01/2020/TT-VPCP, in"
                + " thêm để đối chiếu.");
        assertThat(text(notes + 4, 0)).isEqualTo("(**) Số liệu đã điều chỉnh (số tính từ dữ liệu vẫn được lưu giữ):");
        assertThat(text(notes + 5, 0)).startsWith("- Lĩnh vực Tư pháp, cột (10) Quá hạn: Số tính: 1;");
        assertThat(text(notes + 6, 0)).isEqualTo("Số liệu cập nhật đến 07:59 ngày 05/12/2026.");
        int place = notes + 8;
        assertThat(text(place, 8)).isEqualTo("Lạng Sơn, ngày 05 tháng 12 năm 2026");
        assertThat(text(place + 1, 0)).isEqualTo("NGƯỜI LẬP BIỂU");
        assertThat(text(place + 1, 8)).isEqualTo("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
        assertThat(workbook.getFontAt(cell(place + 1, 8).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(text(place + 2, 0)).isEqualTo("(Ký, ghi rõ họ tên)");
        assertThat(text(place + 2, 8)).isEqualTo("(Ký, ghi rõ họ tên)");
    }

    @Test
    void timesNewRomanFrozenHeaderAndALandscapeA4FittedToTheWidth() {
        assertThat(workbook.getFontAt(cell(BODY, 1).getCellStyle().getFontIndex()).getFontName())
                .isEqualTo("Times New Roman");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) BODY);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("7:9"));
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isZero();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getColumnWidth(1)).isEqualTo(44 * 256);
    }

    @Test
    void aPercentageIsANumberWithOneDecimalAndAFormSansGroupsHasOneHeaderRow() throws IOException {
        try (XSSFWorkbook rates = read(SampleForms.rates())) {
            XSSFSheet sheet = rates.getSheetAt(0);
            Row online = sheet.getRow(8);
            assertThat(online.getCell(1).getStringCellValue()).isEqualTo("Hồ sơ tiếp nhận trực tuyến");
            assertThat(online.getCell(4).getNumericCellValue()).isEqualTo(25.4);
            assertThat(online.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("Tỷ lệ (%)");
            assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).isEqualTo("(5)");
            Row none = sheet.getRow(9);
            assertThat(none.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(none.getCell(4).getStringCellValue()).isEmpty();
            assertThat(none.getCell(6).getStringCellValue()).isEqualTo("-không có dữ liệu");
        }
    }

    @Test
    void theNationalRollUpHasARowPerProvinceUnderItsOwnLabelHeader() throws IOException {
        try (XSSFWorkbook national = read(SampleForms.national())) {
            XSSFSheet sheet = national.getSheetAt(0);
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue())
                    .isEqualTo("Tỉnh, thành phố trực thuộc Trung ương");
            assertThat(sheet.getRow(BODY + 1).getCell(1).getStringCellValue())
                    .isEqualTo("Cao Bằng (từ ngày 05/03/2026 đến ngày 04/06/2026)");
            assertThat(sheet.getRow(BODY + 1).getCell(2).getNumericCellValue()).isEqualTo(20.0);
            assertThat(sheet.getSheetName()).isEqualTo("II.06b 2026-Q2");
        }
    }

    @Test
    void pointsWithAFractionKeepItInACountColumn() throws IOException {
        ReportForm form = SampleForms.agency();
        ReportForm.Row science = form.rows().getFirst();
        var cells = new java.util.HashMap<>(science.cells());
        cells.put("received.total", ReportForm.Cell.of(new java.math.BigDecimal("87.50")));
        ReportForm points = new ReportForm(form.form(), form.formNumber(), form.legalBasis(), form.title(),
                form.scope(), form.reportingUnit(), form.receivingUnit(), form.period(), form.unitOfMeasure(),
                form.columns(), List.of(new ReportForm.Row(science.key(), science.label(), 1, cells)), form.notes(),
                form.signature(), form.computedAt(), form.dataAsOf());
        try (XSSFWorkbook workbook = read(points)) {
            Cell total = workbook.getSheetAt(0).getRow(BODY).getCell(2);
            assertThat(total.getNumericCellValue()).isEqualTo(87.5);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0##");
            assertThat(workbook.getSheetAt(0).getRow(BODY).getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
        }
    }

    private static XSSFWorkbook read(ReportForm form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExport().write(form, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Cell cell(int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static String text(int row, int column) {
        return cell(row, column).getStringCellValue();
    }

    private static List<Double> numbers(int row) {
        return java.util.stream.IntStream.rangeClosed(2, 13).mapToObj(c -> cell(row, c).getNumericCellValue())
                .toList();
    }
}
