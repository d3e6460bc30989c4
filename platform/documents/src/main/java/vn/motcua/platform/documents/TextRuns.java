package vn.motcua.platform.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Sets one run of text on a page: the receipt's and the reports' one way of writing a line. */
public final class TextRuns {
    private TextRuns() {
    }

    /** {@code text} in {@code font} at {@code size}, its baseline starting at ({@code x}, {@code baseline}). */
    public static void show(PDPageContentStream stream, String text, PDFont font, float size, float x,
            float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }
}
