package vn.motcua.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.motcua.platform.documents.DocumentFonts;
import vn.motcua.platform.documents.TextLines;
import vn.motcua.platform.documents.TextRuns;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.domain.form.ReportForm.Column;

/**
 * A form as a PDF to file and sign, laid out like the circular's annex (Circular 01/2020/TT-VPCP): A4 landscape,
 * the form's number and basis left, the units right, the centred title and period, a ruled table with the merged
 * group headers and the numbered columns (repeated at the top of every page), wrapped labels, the notes, the
 * corrections (computed, corrected, difference, reason), the signature block and "Trang i/n" on every page.
 * Liberation Serif is embedded as a Unicode (Type 0) font from platform/documents, so every Vietnamese letter is
 * set and extracted as written. Figures in the Vietnamese notation ({@code 1.234}, {@code 25,4}).
 */
public final class PdfExport implements ReportExport {
    static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float LEFT = mm(20);
    private static final float RIGHT = LANDSCAPE_A4.getWidth() - mm(15);
    private static final float TOP = LANDSCAPE_A4.getHeight() - mm(12);
    private static final float BOTTOM = mm(15);
    private static final float BODY = 11;
    private static final float NOTE = 10;
    private static final float TABLE = 9;
    private static final float LEADING = 1.3f;
    private static final float PAD = 3;
    private static final float ROW_NUMBER_WIDTH = 26;
    private static final float MAX_FIGURE_WIDTH = 62;

    @Override
    public void write(ReportForm form, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(form.title());
            document.getDocumentInformation().setSubject(form.formNumber() + " " + form.period().label());
            Writer writer = new Writer(document, DocumentFonts.serif(document), form);
            writer.write();
            document.save(out);
        }
    }

    private static float mm(float millimetres) {
        return millimetres * 72 / 25.4f;
    }

    /** A cursor down the pages. */
    private static final class Writer {
        private final PDDocument document;
        private final DocumentFonts.Serif fonts;
        private final ReportForm form;
        /** Left edge of each table column: TT, label, then the form's columns; and the right edge last. */
        private final float[] edges;
        /** Wrapped table texts by font, text and width: a national roll-up repeats the same figures and headers. */
        private final Map<Wrapped, List<String>> wrapped = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        private record Wrapped(PDFont font, String text, float width) {
        }

        Writer(PDDocument document, DocumentFonts.Serif fonts, ReportForm form) {
            this.document = document;
            this.fonts = fonts;
            this.form = form;
            this.edges = edges(form.columns());
        }

        void write() throws IOException {
            newPage();
            heading();
            tableHeader();
            List<String> rowNumbers = FormLayout.rowNumbers(form.rows());
            for (int i = 0; i < form.rows().size(); i++) {
                row(form.rows().get(i), rowNumbers.get(i));
            }
            notes();
            signature();
            stream.close();
            pageNumbers();
        }

        /** Widths: TT narrow; figures equal, at most {@value #MAX_FIGURE_WIDTH} pt; TEXT thrice; the label the rest. */
        private static float[] edges(List<Column> columns) {
            float weights = 0;
            for (Column column : columns) {
                weights += weight(column);
            }
            float available = RIGHT - LEFT - ROW_NUMBER_WIDTH;
            float unit = Math.min(MAX_FIGURE_WIDTH, available / (weights + 4));
            float[] edges = new float[columns.size() + 3];
            edges[0] = LEFT;
            edges[1] = LEFT + ROW_NUMBER_WIDTH;
            edges[2] = edges[1] + available - unit * weights;
            for (int i = 0; i < columns.size(); i++) {
                edges[i + 3] = edges[i + 2] + unit * weight(columns.get(i));
            }
            return edges;
        }

        private static float weight(Column column) {
            return PrintedValues.TEXT.equals(column.kind()) ? 3 : 1;
        }

        private void heading() throws IOException {
            float middle = (LEFT + RIGHT) / 2;
            float leftWidth = middle - LEFT - mm(10);
            float top = y;
            float left = top;
            left = lines(TextLines.wrap(fonts.bold(), BODY, text(form.formNumber()), leftWidth), fonts.bold(), BODY,
                    LEFT, left);
            left = lines(TextLines.wrap(fonts.regular(), TABLE, text(form.legalBasis()), leftWidth), fonts.regular(),
                    TABLE, LEFT, left);
            float right = top;
            for (String line : List.of(FormLayout.reportingUnit(form), FormLayout.receivingUnit(form),
                    FormLayout.unitOfMeasure(form))) {
                right = lines(TextLines.wrap(fonts.regular(), BODY, line, RIGHT - middle), fonts.regular(), BODY,
                        middle, right);
            }
            y = Math.min(left, right) - 8;
            for (String line : TextLines.wrap(fonts.bold(), 13, text(form.title()), RIGHT - LEFT)) {
                y = centred(line, fonts.bold(), 13, middle, y);
            }
            for (String line : TextLines.wrap(fonts.regular(), BODY, FormLayout.period(form), RIGHT - LEFT)) {
                y = centred(line, fonts.regular(), BODY, middle, y);
            }
            y -= 8;
        }

        /** The group row, the header row and the column numbers, ruled; at the cursor. */
        private void tableHeader() throws IOException {
            List<Column> columns = form.columns();
            boolean two = FormLayout.twoHeaderRows(columns);
            List<FormLayout.Group> groups = FormLayout.groups(columns);
            float groupHeight = 0;
            float headerHeight = height(fonts.bold(), FormLayout.ROW_NUMBER_HEADER, 0, 1);
            for (FormLayout.Group group : groups) {
                int first = group.first() + 2;
                if (group.title() != null) {
                    groupHeight = Math.max(groupHeight, height(fonts.bold(), group.title(), first,
                            first + group.span()));
                    for (int i = first; i < first + group.span(); i++) {
                        headerHeight = Math.max(headerHeight, height(fonts.bold(), columns.get(i - 2).header(), i,
                                i + 1));
                    }
                }
            }
            float spanning = height(fonts.bold(), FormLayout.labelHeader(form), 1, 2);
            for (FormLayout.Group group : groups) {
                if (group.title() == null) {
                    int i = group.first() + 2;
                    spanning = Math.max(spanning, height(fonts.bold(), columns.get(group.first()).header(), i, i + 1));
                }
            }
            headerHeight = Math.max(headerHeight, spanning - groupHeight);
            float numberHeight = TABLE * LEADING + 2 * PAD;
            float total = groupHeight + headerHeight + numberHeight;
            if (y - total - 3 * numberHeight < BOTTOM) {
                stream.close();
                newPage();
            }
            float top = y;
            float full = groupHeight + headerHeight;
            box(FormLayout.ROW_NUMBER_HEADER, fonts.bold(), 0, 1, top, full, Align.CENTRE);
            box(FormLayout.labelHeader(form), fonts.bold(), 1, 2, top, full, Align.CENTRE);
            for (FormLayout.Group group : groups) {
                int first = group.first() + 2;
                if (group.title() == null || !two) {
                    box(columns.get(group.first()).header(), fonts.bold(), first, first + 1, top, full, Align.CENTRE);
                } else {
                    box(group.title(), fonts.bold(), first, first + group.span(), top, groupHeight, Align.CENTRE);
                    for (int i = first; i < first + group.span(); i++) {
                        box(columns.get(i - 2).header(), fonts.bold(), i, i + 1, top - groupHeight, headerHeight,
                                Align.CENTRE);
                    }
                }
            }
            List<String> numbers = FormLayout.columnNumbers(columns);
            for (int i = 0; i < numbers.size(); i++) {
                box(numbers.get(i), fonts.regular(), i, i + 1, top - full, numberHeight, Align.CENTRE);
            }
            y = top - full - numberHeight;
        }

        private void row(ReportForm.Row formRow, String rowNumber) throws IOException {
            PDFont font = FormLayout.isTotal(formRow) ? fonts.bold() : fonts.regular();
            String label = FormLayout.label(formRow);
            float height = height(font, label, 1, 2);
            List<String> printed = new ArrayList<>();
            for (int i = 0; i < form.columns().size(); i++) {
                Column column = form.columns().get(i);
                ReportForm.Cell cell = formRow.cells().get(column.key());
                String text = PrintedValues.vietnamese(column, cell) + (PrintedValues.corrected(cell) ? FormLayout.CORRECTED_MARK : "");
                printed.add(text);
                height = Math.max(height, height(font, text, i + 2, i + 3));
            }
            if (y - height < BOTTOM) {
                stream.close();
                newPage();
                tableHeader();
            }
            box(rowNumber, font, 0, 1, y, height, Align.CENTRE);
            box(label, font, 1, 2, y, height, Align.LEFT);
            for (int i = 0; i < printed.size(); i++) {
                boolean text = PrintedValues.TEXT.equals(form.columns().get(i).kind());
                box(printed.get(i), font, i + 2, i + 3, y, height, text ? Align.LEFT : Align.RIGHT);
            }
            y -= height;
        }

        private void notes() throws IOException {
            List<String> lines = FormLayout.notes(form);
            if (lines.isEmpty()) {
                return;
            }
            y -= 6;
            paragraph(FormLayout.NOTES, fonts.bold());
            for (String line : lines) {
                paragraph(line, fonts.regular());
            }
        }

        private void signature() throws IOException {
            // the place and date, the titles, "(Ký, ghi rõ họ tên)" and room to sign, on one page
            float line = BODY * LEADING;
            if (y - line * 6 < BOTTOM) {
                stream.close();
                newPage();
            }
            float leftCentre = LEFT + (RIGHT - LEFT) / 4;
            float rightCentre = LEFT + 3 * (RIGHT - LEFT) / 4;
            y -= 4;
            y = centred(FormLayout.placeAndDate(form), fonts.regular(), BODY, rightCentre, y);
            float top = y;
            centred(FormLayout.preparedBy(form), fonts.bold(), BODY, leftCentre, top);
            y = centred(FormLayout.approvedBy(form), fonts.bold(), BODY, rightCentre, top);
            top = y;
            centred(FormLayout.SIGN_HERE, fonts.regular(), TABLE, leftCentre, top);
            y = centred(FormLayout.SIGN_HERE, fonts.regular(), TABLE, rightCentre, top);
        }

        private void pageNumbers() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "Trang " + (i + 1) + "/" + count;
                    footer.beginText();
                    footer.setFont(fonts.regular(), TABLE);
                    footer.newLineAtOffset((LEFT + RIGHT) / 2 - TextLines.width(fonts.regular(), TABLE, text) / 2,
                            mm(7));
                    footer.showText(text);
                    footer.endText();
                }
            }
        }

        private enum Align { LEFT, CENTRE, RIGHT }

        /** The height a text needs in the table's columns {@code [from, to)}, padding included. */
        private float height(PDFont font, String text, int from, int to) {
            return wrap(font, text, edges[to] - edges[from] - 2 * PAD).size() * TABLE * LEADING + 2 * PAD;
        }

        private List<String> wrap(PDFont font, String text, float width) {
            return wrapped.computeIfAbsent(new Wrapped(font, text, width),
                    key -> TextLines.wrap(font, TABLE, text, width));
        }

        /** A ruled cell over columns {@code [from, to)} from {@code top} down {@code height}, its text wrapped. */
        private void box(String text, PDFont font, int from, int to, float top, float height, Align align)
                throws IOException {
            float x = edges[from];
            float width = edges[to] - x;
            stream.setLineWidth(0.5f);
            stream.addRect(x, top - height, width, height);
            stream.stroke();
            float baseline = top - PAD;
            for (String line : wrap(font, text, width - 2 * PAD)) {
                baseline -= TABLE * LEADING;
                float lineWidth = TextLines.width(font, TABLE, line);
                float at = switch (align) {
                    case LEFT -> x + PAD;
                    case CENTRE -> x + (width - lineWidth) / 2;
                    case RIGHT -> x + width - PAD - lineWidth;
                };
                show(line, font, TABLE, at, baseline + TABLE * (LEADING - 1));
            }
        }

        private void paragraph(String text, PDFont font) throws IOException {
            for (String line : TextLines.wrap(font, NOTE, text, RIGHT - LEFT)) {
                if (y - NOTE * LEADING < BOTTOM) {
                    stream.close();
                    newPage();
                }
                y -= NOTE * LEADING;
                show(line, font, NOTE, LEFT, y);
            }
        }

        /** Lines set from {@code x} one below the other starting one line below {@code top}; the last baseline. */
        private float lines(List<String> lines, PDFont font, float size, float x, float top) throws IOException {
            float baseline = top;
            for (String line : lines) {
                baseline -= size * LEADING;
                show(line, font, size, x, baseline);
            }
            return baseline;
        }

        private float centred(String text, PDFont font, float size, float centre, float top) throws IOException {
            float baseline = top - size * LEADING;
            show(text, font, size, centre - TextLines.width(font, size, text) / 2, baseline);
            return baseline;
        }

        private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
            TextRuns.show(stream, text, font, size, x, baseline);
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(LANDSCAPE_A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private static String text(String text) {
            return text == null ? "" : text;
        }
    }
}
