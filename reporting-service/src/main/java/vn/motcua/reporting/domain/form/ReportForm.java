package vn.motcua.reporting.domain.form;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One report as officials know it, ready for the screen and for every export (XLSX, PDF, CSV): the form's number and
 * legal basis, the reporting and receiving units, the exact period, the numbered columns, the rows with their cells
 * (computed, corrected, difference), the notes that define what is counted, and the signature block. The layout
 * follows Circular 01/2020/TT-VPCP's annex forms (header left: form number and basis; centre: title and "Kỳ báo
 * cáo"; right: reporting / receiving unit; then the unit of measure).
 *
 * @param form          the form's code in the API ({@link FormCode#code()})
 * @param formNumber    {@code Biểu số II.06b/VPCP/KSTT}
 * @param legalBasis    {@code Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 ...}
 * @param title         the capitalised title
 * @param scope         whose figures these are
 * @param reportingUnit {@code Sở Khoa học và Công nghệ tỉnh Lạng Sơn}
 * @param receivingUnit {@code Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn}
 * @param period        the exact period
 * @param unitOfMeasure {@code Đơn vị tính: Số hồ sơ TTHC}
 * @param columns       in the order printed, numbered as in the circular
 * @param rows          in the order printed; the total row has key {@link #TOTAL}
 * @param notes         the definitions and invariants an official needs to read the figures (Vietnamese)
 * @param signature     the signature block
 * @param computedAt    when the figures were computed
 * @param dataAsOf      the time of the latest event the read model had applied (freshness)
 */
public record ReportForm(String form, String formNumber, String legalBasis, String title, Scope scope,
        String reportingUnit, String receivingUnit, Period period, String unitOfMeasure, List<Column> columns,
        List<Row> rows, List<String> notes, Signature signature, Instant computedAt, Instant dataAsOf) {
    public static final String TOTAL = "TOTAL";

    public ReportForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(period, "period");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * Whose figures: a province (all its agencies), one agency of it, or the national roll-up (every province, one
     * row each).
     *
     * @param kind         PROVINCE, AGENCY or NATIONAL
     * @param province     the province's code; null for NATIONAL
     * @param provinceName {@code Lạng Sơn}; null for NATIONAL
     * @param agency       the agency's code for AGENCY, else null
     * @param agencyName   the agency's name for AGENCY, else null
     */
    public record Scope(String kind, String province, String provinceName, String agency, String agencyName) {
    }

    /**
     * @param kind  MONTH, QUARTER, HALF_YEAR, YEAR or RANGE
     * @param label {@code 2026-Q2}, the same label every API takes
     * @param from  first day, inclusive
     * @param to    last day, inclusive
     * @param text  {@code Quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)}
     */
    public record Period(String kind, String label, LocalDate from, LocalDate to, String text) {
    }

    /**
     * A printed column.
     *
     * @param key        stable key of the API and of corrections, e.g. {@code received.total}
     * @param number     the column's number as the circular prints it ({@code 3}); null for a column that is not
     *                   in the official form (printed after the official ones, marked as such)
     * @param group      the merged header above it ({@code Số hồ sơ nhận giải quyết}); null when none
     * @param header     its own header ({@code Tổng số})
     * @param kind       COUNT (whole number), PERCENT (one decimal) or TEXT
     * @param definition what is counted, in Vietnamese, for the notes and the tooltip
     */
    public record Column(String key, Integer number, String group, String header, String kind, String definition) {
    }

    /**
     * A printed row.
     *
     * @param key   the field code, the province code, the KPI code, or {@link #TOTAL}
     * @param label what column (2) prints
     * @param level 0 for the total, 1 for its parts, 2 for parts of a part
     * @param cells by column key; a column without a cell prints empty
     */
    public record Row(String key, String label, int level, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    /**
     * A figure: what the platform computed, what an official corrected it to (with the reason), and the difference;
     * {@code value} is what the form prints (corrected when there is a correction).
     *
     * @param computed   from the events; never overwritten
     * @param corrected  null when no correction is recorded
     * @param difference corrected − computed; null without a correction
     * @param reason     the correction's reason; null without one
     * @param text       for TEXT columns; null otherwise
     */
    public record Cell(BigDecimal computed, BigDecimal corrected, BigDecimal difference, String reason, String text) {
        public static Cell of(long count) {
            return new Cell(BigDecimal.valueOf(count), null, null, null, null);
        }

        public static Cell of(BigDecimal number) {
            return new Cell(number, null, null, null, null);
        }

        public static Cell text(String text) {
            return new Cell(null, null, null, null, text);
        }

        /** What the form prints. */
        public BigDecimal value() {
            return corrected != null ? corrected : computed;
        }

        public Cell corrected(BigDecimal to, String why) {
            return new Cell(computed, to, computed == null ? null : to.subtract(computed), why, text);
        }
    }

    /**
     * @param placeAndDate {@code Lạng Sơn, ngày 05 tháng 12 năm 2026}
     * @param preparedBy   left: {@code NGƯỜI LẬP BIỂU}
     * @param approvedBy   right: {@code THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ}
     */
    public record Signature(String placeAndDate, String preparedBy, String approvedBy) {
    }
}
