package vn.motcua.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.documents.PdfText;
import vn.motcua.reporting.domain.form.ReportForm;

/** The PDF's text as a reader extracts it (PdfText: lines in reading order, NFC). */
class PdfExportTest {
    @Test
    void theHeadingTitlePeriodAndUnitsAreExtractedWithTheirDiacritics() throws IOException {
        List<String> lines = PdfText.lines(render(SampleForms.province()));

        assertThat(lines).anyMatch(line -> line.startsWith("Biểu số II.06b/VPCP/KSTT")
                && line.endsWith("- Đơn vị báo cáo: Ủy ban nhân dân tỉnh Lạng Sơn"));
        assertThat(lines).anyMatch(line -> line.endsWith("- Đơn vị nhận báo cáo: Văn phòng Chính phủ"));
        assertThat(lines).anyMatch(line -> line.endsWith("Đơn vị tính: Số hồ sơ TTHC"));
        // the title wraps across the page's width
        assertThat(String.join(" ", lines)).contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN,"
                + " ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        assertThat(lines).contains("Kỳ báo cáo: Quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)");
    }

    @Test
    void theRowsCarryTheirNumberLabelAndFiguresAndTheTotalReadsTongSo() throws IOException {
        List<String> lines = PdfText.lines(render(SampleForms.province()));

        assertThat(lines).contains("1 Lĩnh vực Khoa học và Công nghệ 12 5 4 3 8 2 5 1 3 2 1 1",
                "2 Lĩnh vực Tư pháp 20 15 3 2 15 5 9 2** 5 4 1 0",
                "Tổng số 1.266 1.020 207 39 1.223 107 1.014 102 38 26 12 5",
                "(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (*)");
        // the long label wraps in its column, its figures on its first line
        assertThat(lines).anyMatch(line -> line.startsWith("3 Lĩnh vực Đất đai: đăng ký biến động")
                && line.endsWith("1.234 1.000 200 34 1.200 100 1.000 100 30 20 10 4"));
        assertThat(lines).anyMatch(line -> line.contains("Số hồ sơ nhận giải quyết")
                && line.contains("Số hồ sơ đã giải quyết") && line.contains("Số hồ sơ đang giải quyết"));
    }

    @Test
    void theNotesTheCorrectionAndTheSignatureBlockFollow() throws IOException {
        List<String> lines = PdfText.lines(render(SampleForms.province()));

        assertThat(lines).contains("Ghi chú:",
                "- Hồ sơ được tính từ khi tiếp nhận (Nghị định 61/2018/NĐ-CP, Điều 16).",
                "(*) Cột không thuộc biểu mẫu của Thông tư số 01/2020/TT-VPCP, in thêm để đối chiếu.",
                "(**) Số liệu đã điều chỉnh (số tính từ dữ liệu vẫn được lưu giữ):",
                "- Lĩnh vực Tư pháp, cột (10) Quá hạn: Số tính: 1; điều chỉnh: 2; chênh lệch: +1; lý do: Hồ sơ"
                        + " 000.00.20.H32-260501-0007 trả kết quả trễ hạn nhưng ghi nhận đúng hạn",
                "Lạng Sơn, ngày 05 tháng 12 năm 2026",
                "NGƯỜI LẬP BIỂU THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
                "(Ký, ghi rõ họ tên) (Ký, ghi rõ họ tên)",
                "Trang 1/1");
    }

    @Test
    void threeHundredRowsRunOverPagesEachWithTheHeaderRowsAndItsNumber() throws IOException {
        byte[] pdf = render(SampleForms.manyRows(300));
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(
                    document.getPage(0).getMediaBox().getHeight());
        }
        List<String> lines = PdfText.lines(pdf);

        assertThat(pages).isGreaterThan(1);
        assertThat(lines.stream().filter(line -> line.equals("(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12)"
                + " (13) (*)"))).hasSize(pages);
        assertThat(lines).contains("Trang 1/" + pages, "Trang " + pages + "/" + pages,
                "300 Lĩnh vực số 300 cấp tỉnh 4 1 2 1 2 1 1 0 1 1 0 1",
                "Tổng số 1.200 300 600 300 600 300 300 0 300 300 0 300");
    }

    @Test
    void aRateIsPrintedWithOneDecimalCommaAndAFormWithoutGroupsIsNumberedInOrder() throws IOException {
        List<String> lines = PdfText.lines(render(SampleForms.rates()));

        assertThat(lines).anyMatch(line -> line.startsWith("1 Hồ sơ tiếp nhận trực tuyến 124 489 25,4 60,0"));
        assertThat(lines).contains("(1) (2) (3) (4) (5) (6) (7)");
    }

    @Test
    void aFormWithoutRowsStillPrintsItsHeadingTableHeaderNotesAndSignature() throws IOException {
        ReportForm form = SampleForms.province();
        ReportForm empty = new ReportForm(form.form(), form.formNumber(), form.legalBasis(), form.title(),
                form.scope(), form.reportingUnit(), form.receivingUnit(), form.period(), form.unitOfMeasure(),
                form.columns(), List.of(), List.of("Kỳ tháng không có kết quả đánh giá."),
                form.signature(), form.computedAt(), null);

        assertThat(PdfText.lines(render(empty))).contains("(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (*)",
                "- Kỳ tháng không có kết quả đánh giá.", "NGƯỜI LẬP BIỂU THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "Trang 1/1");
    }

    private static byte[] render(ReportForm form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport().write(form, out);
        return out.toByteArray();
    }
}
