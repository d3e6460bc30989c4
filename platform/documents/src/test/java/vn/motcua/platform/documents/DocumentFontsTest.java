package vn.motcua.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class DocumentFontsTest {
    /** Every letter of the Vietnamese alphabet with each of its tones, lower and upper case, precomposed (NFC). */
    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
            + "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

    @Test
    void bothFacesHaveAGlyphForEveryVietnameseLetter() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts.Serif serif = DocumentFonts.serif(document);
            String letters = VIETNAMESE + VIETNAMESE.toUpperCase(java.util.Locale.ROOT);
            for (PDType0Font font : new PDType0Font[] {serif.regular(), serif.bold()}) {
                // encode refuses a letter the font has no glyph for (IllegalArgumentException "No glyph for U+...")
                letters.codePoints().forEach(c -> assertThatCode(() -> font.encode(Character.toString(c)))
                        .as("%s has %s", font.getName(), Character.toString(c)).doesNotThrowAnyException());
                assertThatThrownBy(() -> font.encode("\u0E01")).as("a Thai letter, which it lacks")
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void vietnameseTextWrittenWithTheFontsIsExtractedAsWritten() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentFonts.Serif serif = DocumentFonts.serif(document);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(serif.bold(), 14);
                text.newLineAtOffset(72, 700);
                text.showText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                text.setFont(serif.regular(), 12);
                text.newLineAtOffset(0, -20);
                text.showText("Độc lập - Tự do - Hạnh phúc");
                text.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        assertThat(PdfText.lines(pdf)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void wrappingBreaksAtSpacesWithinTheWidthAndKeepsALongWordWhole() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = DocumentFonts.load(document, DocumentFonts.Face.REGULAR);
            String text = "Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế";
            float width = TextLines.width(font, 12, "Cấp giấy phép sử dụng");
            assertThat(TextLines.wrap(font, 12, text, width)).containsExactly("Cấp giấy phép sử dụng",
                    "thiết bị X-quang chẩn", "đoán trong y tế");
            assertThat(TextLines.wrap(font, 12, "Khôngcókhoảngtrắngnào", 10)).containsExactly("Khôngcókhoảngtrắngnào");
            assertThat(TextLines.wrap(font, 12, "", 100)).containsExactly("");
        }
    }
}
