package vn.motcua.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the platform's printed documents: Liberation Serif (SIL Open Font License 1.1, licence text beside
 * the files in {@code fonts/OFL.txt}), a Times-metric serif that has every precomposed Vietnamese letter (ạ ầ ẫ ệ ộ
 * ợ ữ ỹ ...). PDF's standard 14 fonts cover only WinAnsi, so a Vietnamese document must embed its own: each font
 * is loaded as a Type 0 (CID, Identity-H) font, subset to the glyphs the document uses, so the text is extracted
 * and searched as written.
 */
public final class DocumentFonts {
    private static final String FOLDER = "fonts/";

    /** The faces this module carries. */
    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** Regular and bold of one document: fonts belong to the document they were loaded into. */
    public record Serif(PDType0Font regular, PDType0Font bold) {
    }

    private DocumentFonts() {
    }

    /** Loads {@code face} into {@code document}, embedded as a subset. */
    public static PDType0Font load(PDDocument document, Face face) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(FOLDER + face.file)) {
            if (in == null) {
                throw new IllegalStateException("font " + face.file + " is missing from the documents jar");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + face.file, e);
        }
    }

    /** Both faces, loaded into {@code document}. */
    public static Serif serif(PDDocument document) {
        return new Serif(load(document, Face.REGULAR), load(document, Face.BOLD));
    }
}
