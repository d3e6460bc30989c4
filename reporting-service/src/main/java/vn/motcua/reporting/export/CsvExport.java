package vn.motcua.reporting.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.domain.form.ReportForm.Column;
import vn.motcua.reporting.domain.form.ReportForm.Row;

/**
 * A form for machines (integrations.md §7): UTF-8 with a byte-order mark (so Excel opens it with its diacritics),
 * RFC 4180 (comma, CRLF, a field with a comma, quote or line break in double quotes, quotes doubled), one header
 * line {@code row,label,<column keys>}, then one line per row: the row's key, its label, each figure as the form
 * prints it (the corrected value where corrected), {@code .} as the decimal separator, no thousands separator.
 *
 * <p>CSV injection (OWASP): a spreadsheet evaluates a field starting with {@code =}, {@code +}, {@code -},
 * {@code @} (or a tab or carriage return) as a formula. Every text field (key, label, TEXT cell) so starting gets an
 * apostrophe in front ({@code '=HYPERLINK(…)}), which spreadsheets show as text and never evaluate, and a human
 * still reads; figures are never prefixed, so a negative number stays a number.
 */
public final class CsvExport implements ReportExport {
    static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    @Override
    public void write(ReportForm form, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        List<String> header = new ArrayList<>(List.of("row", "label"));
        form.columns().forEach(c -> header.add(c.key()));
        line(writer, header.stream().map(CsvExport::text).toList());
        for (Row row : form.rows()) {
            List<String> fields = new ArrayList<>(List.of(text(row.key()), text(FormLayout.label(row))));
            for (Column column : form.columns()) {
                ReportForm.Cell cell = row.cells().get(column.key());
                String printed = PrintedValues.machine(column, cell);
                fields.add(PrintedValues.rounded(column, cell) == null ? text(printed) : printed);
            }
            line(writer, fields);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write(CRLF);
    }

    /** A text field, neutralised when a spreadsheet would take it for a formula. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** RFC 4180 §2.6-2.7. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
