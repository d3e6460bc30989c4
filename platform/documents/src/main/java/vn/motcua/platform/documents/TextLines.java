package vn.motcua.platform.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width when set in a font, at spaces (a word longer than the line stands alone). */
public final class TextLines {
    private TextLines() {
    }

    /** Width of {@code text} in points, set in {@code font} at {@code size}. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("the font cannot measure " + text, e);
        }
    }

    /** The lines of {@code text}, none wider than {@code maxWidth} points unless a single word is; at least one. */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
