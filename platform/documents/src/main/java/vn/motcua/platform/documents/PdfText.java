package vn.motcua.platform.documents;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as a reader gets it (copying it, a screen reader, a search): lines in reading order, NFC, without
 * the margins' spaces. Tests read the receipt and the reports back through it, so a lost diacritic or a glyph
 * without a Unicode mapping fails them.
 */
public final class PdfText {
    private PdfText() {
    }

    public static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).lines().map(String::strip)
                    .toList();
        }
    }
}
