package vn.motcua.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records of an import file (the catalogue's, the dossiers'), each numbered as a spreadsheet numbers its rows (the header is line 1; a line break inside a
 * quoted cell does not start a new one); a blank line is skipped but counted. A file that cannot be split into
 * records (a quote never closed, text after a closing quote) is refused whole: {@link Unreadable}.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    /** One record: the line it starts on and its cells. */
    public record Line(int number, List<String> cells) {
    }

    public static final class Unreadable extends IllegalArgumentException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The records of {@code text}; a leading byte-order mark (Excel writes one) is not part of the first cell. */
    public static List<Line> read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int number = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    cell.append(c); // a line break inside quotes stays in the cell: the row goes on
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                addUnlessBlank(lines, number, cells);
                cells = new ArrayList<>();
                number++;
            } else if (afterQuote) {
                throw new Unreadable("line " + number + ": text after a closing quote");
            } else if (c == '"') {
                if (!cell.isEmpty()) {
                    throw new Unreadable("line " + number + ": a quote inside an unquoted cell");
                }
                quoted = true;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("line " + number + ": a quote is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || afterQuote) {
            cells.add(cell.toString());
            addUnlessBlank(lines, number, cells);
        }
        return lines;
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        if (!(cells.size() == 1 && cells.getFirst().isBlank())) {
            lines.add(new Line(number, List.copyOf(cells)));
        }
    }
}
