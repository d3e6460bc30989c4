package vn.motcua.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.domain.form.ReportForm.Column;

/**
 * A form as an Excel workbook laid out like the circular's annex (Circular 01/2020/TT-VPCP): top left the form's
 * number and legal basis, top right the reporting and receiving units and the unit of measure, the centred title
 * and period, the header rows with the groups merged across their columns, the row of column numbers, one row per
 * form row (figures as numbers: COUNT {@code #,##0}, points with a fraction {@code #,##0.0##}, PERCENT {@code 0.0};
 * a corrected figure carries a comment with the computed value, the difference and the reason), the notes, the
 * signature block. Times New Roman (on every official's PC), header frozen and repeated on each printed page, A4
 * landscape fitted to the width.
 *
 * <p>Written with SXSSF: rows are flushed to a temporary file as they are written, so a national roll-up never
 * builds a DOM of unbounded size; the temporary file is deleted once the workbook is written.
 */
public final class XlsxExport implements ReportExport {
    static final String FONT = "Times New Roman";
    /** The table's first row (0-based): six lines of heading above it. */
    static final int TABLE_TOP = 6;
    private static final int WINDOW = 100;

    @Override
    public void write(ReportForm form, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            try {
                workbook.setCompressTempFiles(true);
                new Sheet(workbook, form).write();
                workbook.write(out);
            } finally {
                // deletes the temporary sheet files even where close() alone would not (POI bug 68183)
                workbook.dispose();
            }
        }
    }

    /** One sheet being written, top to bottom. */
    private static final class Sheet {
        private final SXSSFWorkbook workbook;
        private final ReportForm form;
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final CreationHelper helper;
        private final Drawing<?> drawing;
        private final int lastColumn;
        /** First column of the right-hand heading block. */
        private final int rightBlock;
        private int next;

        Sheet(SXSSFWorkbook workbook, ReportForm form) {
            this.workbook = workbook;
            this.form = form;
            this.sheet = workbook.createSheet(sheetName(form));
            this.styles = new Styles(workbook);
            this.helper = workbook.getCreationHelper();
            this.drawing = sheet.createDrawingPatriarch();
            this.lastColumn = 1 + form.columns().size();
            this.rightBlock = Math.max(2, lastColumn - Math.max(3, form.columns().size() / 2) + 1);
        }

        void write() {
            layout();
            heading();
            int tableTop = header();
            List<String> rowNumbers = FormLayout.rowNumbers(form.rows());
            for (int i = 0; i < form.rows().size(); i++) {
                row(form.rows().get(i), rowNumbers.get(i));
            }
            sheet.createFreezePane(2, tableTop);
            sheet.setRepeatingRows(new CellRangeAddress(TABLE_TOP, tableTop - 1, -1, -1));
            notes();
            signature();
        }

        private void layout() {
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 44 * 256);
            for (int i = 0; i < form.columns().size(); i++) {
                boolean text = PrintedValues.TEXT.equals(form.columns().get(i).kind());
                sheet.setColumnWidth(i + 2, (text ? 40 : 13) * 256);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
        }

        private void heading() {
            Row number = sheet.createRow(0);
            text(number, 0, form.formNumber(), styles.formNumber);
            merge(0, 0, 0, rightBlock - 1);
            text(number, rightBlock, FormLayout.reportingUnit(form), styles.plain);
            merge(0, 0, rightBlock, lastColumn);

            Row basis = sheet.createRow(1);
            basis.setHeightInPoints(30);
            text(basis, 0, form.legalBasis(), styles.basis);
            merge(1, 2, 0, rightBlock - 1);
            text(basis, rightBlock, FormLayout.receivingUnit(form), styles.plain);
            merge(1, 1, rightBlock, lastColumn);
            text(sheet.createRow(2), rightBlock, FormLayout.unitOfMeasure(form), styles.plain);
            merge(2, 2, rightBlock, lastColumn);

            Row title = sheet.createRow(3);
            title.setHeightInPoints(20);
            text(title, 0, form.title(), styles.title);
            merge(3, 3, 0, lastColumn);
            text(sheet.createRow(4), 0, FormLayout.period(form), styles.period);
            merge(4, 4, 0, lastColumn);
            next = TABLE_TOP;
        }

        /** The header rows and the column numbers; the first row after them. */
        private int header() {
            boolean two = FormLayout.twoHeaderRows(form.columns());
            int top = next;
            int bottom = two ? top + 1 : top;
            Row groups = sheet.createRow(top);
            Row headers = two ? sheet.createRow(bottom) : groups;
            groups.setHeightInPoints(two ? 32 : 48);
            if (two) {
                headers.setHeightInPoints(48);
            }
            blankRow(groups, styles.header);
            blankRow(headers, styles.header);
            text(groups, 0, FormLayout.ROW_NUMBER_HEADER, styles.header);
            text(groups, 1, FormLayout.labelHeader(form), styles.header);
            merge(top, bottom, 0, 0);
            merge(top, bottom, 1, 1);
            for (FormLayout.Group group : FormLayout.groups(form.columns())) {
                int first = group.first() + 2;
                if (group.title() == null) {
                    text(groups, first, form.columns().get(group.first()).header(), styles.header);
                    merge(top, bottom, first, first);
                } else {
                    text(groups, first, group.title(), styles.header);
                    merge(top, top, first, first + group.span() - 1);
                    for (int i = 0; i < group.span(); i++) {
                        text(headers, first + i, form.columns().get(group.first() + i).header(), styles.header);
                    }
                }
            }
            Row numbers = sheet.createRow(bottom + 1);
            List<String> printed = FormLayout.columnNumbers(form.columns());
            for (int i = 0; i < printed.size(); i++) {
                text(numbers, i, printed.get(i), styles.columnNumber);
            }
            next = bottom + 2;
            return next;
        }

        private void row(ReportForm.Row formRow, String rowNumber) {
            boolean total = FormLayout.isTotal(formRow);
            Styles.Body body = total ? styles.total : styles.body;
            Row row = sheet.createRow(next++);
            text(row, 0, rowNumber, body.centred);
            text(row, 1, FormLayout.label(formRow), body.label);
            for (int i = 0; i < form.columns().size(); i++) {
                Column column = form.columns().get(i);
                ReportForm.Cell value = formRow.cells().get(column.key());
                Cell cell = row.createCell(i + 2);
                BigDecimal number = PrintedValues.rounded(column, value);
                if (number != null) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(PrintedValues.PERCENT.equals(column.kind()) ? body.percent
                            : PrintedValues.fraction(number) ? body.decimal : body.count);
                } else {
                    cell.setCellValue(PrintedValues.machine(column, value));
                    cell.setCellStyle(body.label);
                }
                if (PrintedValues.corrected(value)) {
                    comment(cell, PrintedValues.correction(column, value));
                }
            }
        }

        private void comment(Cell cell, String text) {
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 5);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text));
            comment.setAuthor("mot-cua");
            // SXSSF keeps a comment where its drawing put it (the anchor's first cell): address it to the figure
            comment.setAddress(cell.getAddress());
            cell.setCellComment(comment);
        }

        private void notes() {
            next++;
            List<String> lines = FormLayout.notes(form);
            if (lines.isEmpty()) {
                return;
            }
            text(sheet.createRow(next), 0, FormLayout.NOTES, styles.bold);
            merge(next, next, 0, lastColumn);
            next++;
            int width = 50 + form.columns().size() * 13;
            for (String line : lines) {
                Row row = sheet.createRow(next);
                row.setHeightInPoints(16 * (1 + line.length() / width));
                text(row, 0, line, styles.note);
                merge(next, next, 0, lastColumn);
                next++;
            }
        }

        private void signature() {
            next++;
            Row place = sheet.createRow(next);
            text(place, rightBlock, FormLayout.placeAndDate(form), styles.placeAndDate);
            merge(next, next, rightBlock, lastColumn);
            next++;
            Row titles = sheet.createRow(next);
            text(titles, 0, FormLayout.preparedBy(form), styles.signature);
            merge(next, next, 0, 1);
            text(titles, rightBlock, FormLayout.approvedBy(form), styles.signature);
            merge(next, next, rightBlock, lastColumn);
            next++;
            Row sign = sheet.createRow(next);
            text(sign, 0, FormLayout.SIGN_HERE, styles.placeAndDate);
            merge(next, next, 0, 1);
            text(sign, rightBlock, FormLayout.SIGN_HERE, styles.placeAndDate);
            merge(next, next, rightBlock, lastColumn);
            next++;
        }

        private void blankRow(Row row, CellStyle style) {
            for (int i = 0; i <= lastColumn; i++) {
                row.createCell(i).setCellStyle(style);
            }
        }

        private static void text(Row row, int column, String text, CellStyle style) {
            Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
            cell.setCellValue(text == null ? "" : text);
            cell.setCellStyle(style);
        }

        /** Merges the range; a single cell is left alone (Excel refuses a one-cell merged region). */
        private void merge(int firstRow, int lastRow, int firstColumn, int lastCol) {
            if (firstRow != lastRow || firstColumn != lastCol) {
                sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastCol));
            }
        }

        /** "II.06b 2026-Q2": a sheet name has at most 31 characters and none of {@code \ / ? * [ ] :}. */
        private static String sheetName(ReportForm form) {
            String name = (form.form() + " " + form.period().label()).replaceAll("[\\\\/?*\\[\\]:]", "-");
            return name.length() > 31 ? name.substring(0, 31) : name;
        }
    }

    /** The workbook's cell styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle formNumber;
        final CellStyle basis;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle period;
        final CellStyle header;
        final CellStyle columnNumber;
        final CellStyle note;
        final CellStyle placeAndDate;
        final CellStyle signature;
        final Body body;
        final Body total;

        /** The table's body, regular or (for the total) bold. */
        record Body(CellStyle centred, CellStyle label, CellStyle count, CellStyle decimal, CellStyle percent) {
        }

        Styles(SXSSFWorkbook workbook) {
            Font regular = font(workbook, 12, false, false);
            Font boldFont = font(workbook, 12, true, false);
            Font italic = font(workbook, 12, false, true);
            formNumber = style(workbook, boldFont, HorizontalAlignment.LEFT, false, false);
            basis = style(workbook, font(workbook, 10, false, true), HorizontalAlignment.LEFT, false, true);
            plain = style(workbook, regular, HorizontalAlignment.LEFT, false, false);
            bold = style(workbook, boldFont, HorizontalAlignment.LEFT, false, false);
            title = style(workbook, font(workbook, 14, true, false), HorizontalAlignment.CENTER, false, true);
            period = style(workbook, italic, HorizontalAlignment.CENTER, false, true);
            header = style(workbook, font(workbook, 11, true, false), HorizontalAlignment.CENTER, true, true);
            columnNumber = style(workbook, font(workbook, 11, false, true), HorizontalAlignment.CENTER, true, false);
            note = style(workbook, font(workbook, 11, false, false), HorizontalAlignment.LEFT, false, true);
            placeAndDate = style(workbook, italic, HorizontalAlignment.CENTER, false, false);
            signature = style(workbook, boldFont, HorizontalAlignment.CENTER, false, false);
            body = body(workbook, regular);
            total = body(workbook, boldFont);
        }

        private static Body body(SXSSFWorkbook workbook, Font font) {
            CellStyle count = style(workbook, font, HorizontalAlignment.RIGHT, true, false);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = style(workbook, font, HorizontalAlignment.RIGHT, true, false);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0##"));
            CellStyle percent = style(workbook, font, HorizontalAlignment.RIGHT, true, false);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            return new Body(style(workbook, font, HorizontalAlignment.CENTER, true, false),
                    style(workbook, font, HorizontalAlignment.LEFT, true, true), count, decimal, percent);
        }

        private static Font font(SXSSFWorkbook workbook, int points, boolean bold, boolean italic) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle style(SXSSFWorkbook workbook, Font font, HorizontalAlignment align, boolean ruled,
                boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            if (ruled) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
