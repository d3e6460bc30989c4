package vn.motcua.dossier.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.documents.PdfText;

/** The receipt's text as a reader (and a screen reader, a search) gets it back from the PDF: diacritics intact. */
class ReceiptPdfTest {
    static ReceiptPdf.Content content(String secret, List<String> papers) {
        return new ReceiptPdf.Content("Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP", null,
                "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
                "Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn", "000.00.15.H20-261204-0007",
                "Nguyễn Văn An", "Số 12 đường Trần Đăng Ninh, phường Tam Thanh", "0912345678", null, "1.004227",
                "Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế", "Cấp mới", papers,
                ReceiptPdf.timeLimit(10, false), LocalDateTime.of(2026, 12, 4, 9, 15),
                LocalDateTime.of(2026, 12, 18, 17, 0),
                "Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn",
                List.of(new ReceiptPdf.Fee("Phí thẩm định cấp giấy phép", 2_000_000)), secret, "tiepnhan.ls");
    }

    static List<String> lines(byte[] pdf) throws IOException {
        return PdfText.lines(pdf);
    }

    @Test
    void theReceiptReadsAsTheFormWithTheSecretPrintedOnce() throws IOException {
        List<String> lines = lines(ReceiptPdf.render(content("K7MP3QRS9T",
                List.of("Đơn đề nghị cấp giấy phép", "Bản sao chứng chỉ nhân viên bức xạ"))));
        assertThat(lines).contains(
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: 000.00.15.H20-261204-0007",
                "(Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP)",
                "Tiếp nhận hồ sơ của: Nguyễn Văn An",
                "Địa chỉ: Số 12 đường Trần Đăng Ninh, phường Tam Thanh",
                "1. Thành phần hồ sơ nộp gồm:",
                "1) Đơn đề nghị cấp giấy phép",
                "2) Bản sao chứng chỉ nhân viên bức xạ",
                "2. Số lượng hồ sơ: 01 (bộ)",
                "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
                "4. Thời gian nhận hồ sơ: 09:15 ngày 04/12/2026",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 17:00 ngày 18/12/2026",
                "- Phí thẩm định cấp giấy phép: 2.000.000 đồng",
                "8. Mã tra cứu: K7MP3QRS9T",
                "NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Nguyễn Văn An tiepnhan.ls");
        // the agency and the national motto side by side, as on the official form
        assertThat(lines).anyMatch(l -> l.startsWith("SỞ KHOA HỌC VÀ CÔNG NGHỆ") && l.endsWith(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(lines).anyMatch(l -> l.endsWith("Độc lập - Tự do - Hạnh phúc"));
        assertThat(lines).anyMatch(l -> l.endsWith("ngày 04 tháng 12 năm 2026"));
        // a long value wraps under its label
        assertThat(lines).containsSubsequence(
                "Nội dung yêu cầu giải quyết: Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán",
                "trong y tế (trường hợp: Cấp mới); mã thủ tục 1.004227");
        assertThat(lines).containsSubsequence(
                "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa tại Trung tâm Phục vụ hành chính",
                "công tỉnh Lạng Sơn");
    }

    @Test
    void aReprintSaysTheSecretWasGivenAtReceptionAndDoesNotPrintIt() throws IOException {
        List<String> lines = lines(ReceiptPdf.render(content(null, List.of())));
        assertThat(lines).contains("(Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP; bản in lại)",
                "8. Mã tra cứu: đã giao cho người nộp hồ sơ khi tiếp nhận, không in lại.",
                "Theo quy định của thủ tục hành chính.");
        assertThat(String.join("\n", lines)).doesNotContain("K7MP3QRS9T");
    }

    @Test
    void aLongListOfPapersContinuesOnASecondPage() throws IOException {
        List<String> papers = java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Giấy tờ số " + i + " theo quy định").toList();
        byte[] pdf = ReceiptPdf.render(content("K7MP3QRS9T", papers));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(lines(pdf)).contains("40) Giấy tờ số 40 theo quy định", "8. Mã tra cứu: K7MP3QRS9T");
    }
}
