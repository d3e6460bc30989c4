package vn.motcua.dossier.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.motcua.dossier.domain.ReceiptForm;
import vn.motcua.platform.documents.DocumentFonts;
import vn.motcua.platform.documents.TextLines;
import vn.motcua.platform.documents.TextRuns;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả as a PDF, laid out like Mẫu 01 of Circular 01/2018/TT-VPCP and Mẫu 01 of
 * Circular 03/2025/TT-VPCP Phụ lục I (the same items in both): the agency and the national motto side by side, the
 * title and the dossier's code, whose dossier it is and what it asks, the papers received, the time limit, the
 * reception and return times, where the result is returned, the fees, the lookup secret, and the two signatures.
 * A4 with the margins of Decree 30/2020/NĐ-CP Phụ lục I (left 30 mm, right 20 mm, top and bottom 20 mm), body in
 * 13 pt. Embeds Liberation Serif (platform/documents), so every Vietnamese letter is set and extracted as written.
 */
public final class ReceiptPdf {
    private static final float LEFT = mm(30);
    private static final float RIGHT = PDRectangle.A4.getWidth() - mm(20);
    private static final float TOP = PDRectangle.A4.getHeight() - mm(20);
    private static final float BOTTOM = mm(20);
    private static final float BODY = 13;
    private static final float LEADING = 1.35f;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    public static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";

    /** Phí, lệ phí of the procedure's version, in đồng. */
    public record Fee(String description, long amountVnd) {
    }

    /**
     * What the receipt says. Times are local times of the province.
     *
     * @param form          the form of the dossier's rule set (ReceiptForm)
     * @param parentAgency  cơ quan chủ quản; null when the agency has none in the register
     * @param desk          the one-stop desk (bộ phận tiếp nhận và trả kết quả) that received the dossier
     * @param timeLimit     thời hạn giải quyết as the law states it, e.g. "10 ngày làm việc"
     * @param lookupSecret  mã tra cứu; null on a reprint (only its hash is kept)
     * @param officer       the receiving officer
     */
    public record Content(String form, String parentAgency, String agency, String desk, String code,
            String applicantName, String applicantAddress, String applicantPhone, String applicantEmail,
            String procedureCode, String procedureName, String caseName, List<String> papers, String timeLimit,
            LocalDateTime receivedAt, LocalDateTime dueAt, String returnPlace, List<Fee> fees, String lookupSecret,
            String officer) {
        public Content {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(applicantName, "applicantName");
            Objects.requireNonNull(procedureName, "procedureName");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(dueAt, "dueAt");
            papers = List.copyOf(papers);
            fees = List.copyOf(fees);
        }

        public boolean reprint() {
            return lookupSecret == null;
        }
    }

    private ReceiptPdf() {
    }

    public static byte[] render(Content c) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(ReceiptForm.NAME + " " + c.code());
            info.setSubject(c.form());
            new Writer(document, DocumentFonts.serif(document)).write(c);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the receipt of " + c.code(), e);
        }
    }

    /** "10 ngày làm việc", "4 giờ làm việc". */
    public static String timeLimit(int value, boolean hours) {
        return value + (hours ? " giờ làm việc" : " ngày làm việc");
    }

    /** 2.000.000 đồng */
    static String money(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
    }

    private static float mm(float millimetres) {
        return millimetres * 72 / 25.4f;
    }

    /** A cursor down the pages: each line is set at the cursor, which moves down and onto a new page when full. */
    private static final class Writer {
        private final PDDocument document;
        private final DocumentFonts.Serif fonts;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, DocumentFonts.Serif fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void write(Content c) throws IOException {
            newPage();
            header(c);
            space(14);
            centred(TITLE, fonts.bold(), 14);
            centred("Mã hồ sơ: " + c.code(), fonts.bold(), BODY);
            centred("(" + c.form() + (c.reprint() ? "; bản in lại" : "") + ")", fonts.regular(), 11);
            space(10);
            labelled("Bộ phận tiếp nhận và trả kết quả: ", c.desk() == null ? c.agency() : c.desk());
            labelled("Tiếp nhận hồ sơ của: ", c.applicantName());
            labelled("Địa chỉ: ", orDots(c.applicantAddress()));
            labelled("Số điện thoại: ", orDots(c.applicantPhone()) + "     Thư điện tử: " + orDots(c.applicantEmail()));
            labelled("Nội dung yêu cầu giải quyết: ", c.procedureName()
                    + (c.caseName() == null ? "" : " (trường hợp: " + c.caseName() + ")")
                    + (c.procedureCode() == null ? "" : "; mã thủ tục " + c.procedureCode()));
            labelled("1. Thành phần hồ sơ nộp gồm:", "");
            if (c.papers().isEmpty()) {
                indented("Theo quy định của thủ tục hành chính.", 1);
            }
            for (int i = 0; i < c.papers().size(); i++) {
                indented((i + 1) + ") " + c.papers().get(i), 1);
            }
            labelled("2. Số lượng hồ sơ: ", "01 (bộ)");
            labelled("3. Thời gian giải quyết hồ sơ theo quy định là: ", c.timeLimit());
            labelled("4. Thời gian nhận hồ sơ: ", TIME.format(c.receivedAt()));
            labelled("5. Thời gian trả kết quả giải quyết hồ sơ: ", TIME.format(c.dueAt()));
            labelled("6. Đăng ký nhận kết quả tại: ", c.returnPlace());
            labelled("7. Phí, lệ phí: ", c.fees().isEmpty() ? "Không thu." : "");
            for (Fee fee : c.fees()) {
                indented("- " + fee.description() + ": " + money(fee.amountVnd()), 1);
            }
            if (c.reprint()) {
                labelled("8. Mã tra cứu: ", "đã giao cho người nộp hồ sơ khi tiếp nhận, không in lại.");
            } else {
                labelled("8. Mã tra cứu: ", c.lookupSecret(), fonts.bold());
                indented("Dùng mã hồ sơ và mã tra cứu để tra cứu tình trạng hồ sơ. Mã tra cứu chỉ in một lần trên"
                        + " giấy này, hãy giữ cẩn thận.", 1);
            }
            space(16);
            signatures(c);
            stream.close();
        }

        private void header(Content c) throws IOException {
            // the motto's column ends at the right margin; the agency's is centred in what is left, with a gap
            float mottoHalf = TextLines.width(fonts.bold(), 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") / 2;
            float rightCentre = RIGHT - mottoHalf;
            float leftWidth = rightCentre - mottoHalf - LEFT - mm(6);
            float leftCentre = LEFT + leftWidth / 2;
            float top = y;
            float left = top;
            if (c.parentAgency() != null) {
                for (String line : TextLines.wrap(fonts.regular(), 12, upper(c.parentAgency()), leftWidth)) {
                    left = centredAt(line, fonts.regular(), 12, leftCentre, left);
                }
            }
            for (String line : TextLines.wrap(fonts.bold(), 12, upper(c.agency()), leftWidth)) {
                left = centredAt(line, fonts.bold(), 12, leftCentre, left);
            }
            rule(leftCentre, left, mm(20));
            float right = centredAt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold(), 12, rightCentre, top);
            right = centredAt("Độc lập - Tự do - Hạnh phúc", fonts.bold(), 13, rightCentre, right);
            rule(rightCentre, right, TextLines.width(fonts.bold(), 13, "Độc lập - Tự do - Hạnh phúc"));
            right -= 10;
            right = centredAt("ngày " + two(c.receivedAt().getDayOfMonth()) + " tháng "
                    + two(c.receivedAt().getMonthValue()) + " năm " + c.receivedAt().getYear(), fonts.regular(), BODY,
                    rightCentre, right);
            y = Math.min(left - 10, right);
        }

        private void signatures(Content c) throws IOException {
            float leftCentre = LEFT + (RIGHT - LEFT) / 4;
            float rightCentre = LEFT + 3 * (RIGHT - LEFT) / 4;
            ensure(BODY * LEADING * 7);
            float top = y;
            centredAt("NGƯỜI NỘP HỒ SƠ", fonts.bold(), BODY, leftCentre, top);
            float next = centredAt("NGƯỜI TIẾP NHẬN HỒ SƠ", fonts.bold(), BODY, rightCentre, top);
            centredAt("(Ký và ghi rõ họ tên)", fonts.regular(), 11, leftCentre, next);
            next = centredAt("(Ký và ghi rõ họ tên)", fonts.regular(), 11, rightCentre, next);
            next -= BODY * LEADING * 3;
            centredAt(c.applicantName(), fonts.bold(), BODY, leftCentre, next);
            y = centredAt(c.officer() == null ? "" : c.officer(), fonts.bold(), BODY, rightCentre, next);
        }

        /** A label in bold and its value, wrapped under the label's start. */
        private void labelled(String label, String value) throws IOException {
            labelled(label, value, fonts.regular());
        }

        private void labelled(String label, String value, PDFont valueFont) throws IOException {
            float labelWidth = TextLines.width(fonts.bold(), BODY, label);
            List<String> first = TextLines.wrap(valueFont, BODY, value, RIGHT - LEFT - labelWidth);
            ensure(BODY * LEADING);
            y -= BODY * LEADING;
            show(label, fonts.bold(), BODY, LEFT, y);
            if (first.isEmpty() || value.isEmpty()) {
                return;
            }
            show(first.getFirst(), valueFont, BODY, LEFT + labelWidth, y);
            String rest = String.join(" ", first.subList(1, first.size()));
            if (!rest.isEmpty()) {
                for (String line : TextLines.wrap(fonts.regular(), BODY, rest, RIGHT - LEFT)) {
                    line(line, fonts.regular(), BODY, LEFT);
                }
            }
        }

        private void indented(String text, int level) throws IOException {
            float x = LEFT + level * mm(8);
            for (String line : TextLines.wrap(fonts.regular(), BODY, text, RIGHT - x)) {
                line(line, fonts.regular(), BODY, x);
            }
        }

        private void centred(String text, PDFont font, float size) throws IOException {
            for (String line : TextLines.wrap(font, size, text, RIGHT - LEFT)) {
                ensure(size * LEADING);
                y = centredAt(line, font, size, (LEFT + RIGHT) / 2, y);
            }
        }

        /** Sets {@code text} centred on {@code centre} one line below {@code top}; the new top. */
        private float centredAt(String text, PDFont font, float size, float centre, float top) throws IOException {
            float baseline = top - size * LEADING;
            show(text, font, size, centre - TextLines.width(font, size, text) / 2, baseline);
            return baseline;
        }

        private void line(String text, PDFont font, float size, float x) throws IOException {
            ensure(size * LEADING);
            y -= size * LEADING;
            show(text, font, size, x, y);
        }

        private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
            TextRuns.show(stream, text, font, size, x, baseline);
        }

        /** The short line under the agency's name and under the motto, just below {@code baseline}. */
        private void rule(float centre, float baseline, float width) throws IOException {
            float at = baseline - 7;
            stream.setLineWidth(0.6f);
            stream.moveTo(centre - width / 2, at);
            stream.lineTo(centre + width / 2, at);
            stream.stroke();
        }

        private void space(float points) {
            y -= points;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                stream.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private static String upper(String text) {
            return text.toUpperCase(Locale.forLanguageTag("vi"));
        }

        private static String orDots(String text) {
            return text == null || text.isBlank() ? "............" : text;
        }

        private static String two(int n) {
            return n < 10 ? "0" + n : Integer.toString(n);
        }
    }
}
