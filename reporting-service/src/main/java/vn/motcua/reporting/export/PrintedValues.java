package vn.motcua.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;

/**
 * A figure as a file prints it: what the form shows (the corrected value where an official corrected it), COUNT
 * as a whole number, PERCENT with one decimal rounded half up (as {@code KpiCode} defines every rate), TEXT as
 * written. Two notations: the machine's ({@code 1234}, {@code 25.4}: CSV) and the Vietnamese one officials read
 * ({@code 1.234}, {@code 25,4}: PDF, the XLSX comment).
 */
public final class PrintedValues {
    public static final String COUNT = "COUNT";
    public static final String PERCENT = "PERCENT";
    public static final String TEXT = "TEXT";

    private PrintedValues() {
    }

    /** The value rounded as its column prints it; null when the cell has no number. */
    public static BigDecimal rounded(Column column, Cell cell) {
        if (cell == null || cell.value() == null) {
            return null;
        }
        return rounded(column, cell.value());
    }

    static BigDecimal rounded(Column column, BigDecimal value) {
        return switch (column.kind()) {
            // a count is whole; a fraction in a COUNT column (points: 87,5) is printed, never rounded away
            case COUNT -> fraction(value) ? value.stripTrailingZeros() : value.setScale(0, RoundingMode.HALF_UP);
            case PERCENT -> value.setScale(1, RoundingMode.HALF_UP);
            default -> fraction(value) ? value.stripTrailingZeros() : value.setScale(0, RoundingMode.HALF_UP);
        };
    }

    /** Whether the printed number has decimals (a PERCENT always has one). */
    public static boolean fraction(BigDecimal value) {
        return value.signum() != 0 && value.stripTrailingZeros().scale() > 0;
    }

    /** {@code 1234}, {@code 25.4}, the text; empty for no cell. */
    public static String machine(Column column, Cell cell) {
        BigDecimal value = rounded(column, cell);
        if (value == null) {
            return cell == null || cell.text() == null ? "" : cell.text();
        }
        return value.toPlainString();
    }

    /** {@code 1.234}, {@code 25,4}, the text; empty for no cell. */
    public static String vietnamese(Column column, Cell cell) {
        BigDecimal value = rounded(column, cell);
        if (value == null) {
            return cell == null || cell.text() == null ? "" : cell.text();
        }
        return vietnamese(value);
    }

    /**
     * {@code Số tính: 12; điều chỉnh: 14; chênh lệch: +2; lý do: …}: what a corrected figure was computed as, what it
     * was corrected to and why (the computed figure is never overwritten, issue 16 item 7).
     */
    public static String correction(Column column, Cell cell) {
        BigDecimal difference = cell.difference() == null ? null : rounded(column, cell.difference());
        String signed = difference == null ? "" : (difference.signum() > 0 ? "+" : "") + vietnamese(difference);
        return "Số tính: " + (cell.computed() == null ? "" : vietnamese(rounded(column, cell.computed())))
                + "; điều chỉnh: " + vietnamese(rounded(column, cell.corrected()))
                + "; chênh lệch: " + signed
                + "; lý do: " + (cell.reason() == null ? "" : cell.reason());
    }

    /** Whether the form prints an official's correction in this cell. */
    public static boolean corrected(Cell cell) {
        return cell != null && cell.corrected() != null;
    }

    private static String vietnamese(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }
}
