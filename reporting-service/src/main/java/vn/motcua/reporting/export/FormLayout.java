package vn.motcua.reporting.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.domain.form.ReportForm.Column;
import vn.motcua.reporting.domain.form.ReportForm.Row;

/**
 * What every printed export (XLSX, PDF) lays out the same way, after the annex forms of Circular 01/2020/TT-VPCP:
 * the header lines (form number and basis left, reporting / receiving unit right, the unit of measure), the table's
 * first two columns ((1) TT, (2) the label), the merged group headers, the column numbers, the row numbers and the
 * signature block's words. One place, so the XLSX and the PDF never disagree.
 */
public final class FormLayout {
    public static final String ROW_NUMBER_HEADER = "TT";
    public static final String TOTAL_LABEL = "Tổng số";
    public static final String NOTES = "Ghi chú:";
    /** After a corrected figure in the PDF; the XLSX carries a comment instead. */
    public static final String CORRECTED_MARK = "**";
    public static final String CORRECTIONS = "(**) Số liệu đã điều chỉnh (số tính từ dữ liệu vẫn được lưu giữ):";
    public static final String PREPARED_BY = "NGƯỜI LẬP BIỂU";
    public static final String APPROVED_BY = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ";
    public static final String SIGN_HERE = "(Ký, ghi rõ họ tên)";
    /** Printed under the numbers of columns that are not in the circular's form. */
    public static final String OUTSIDE_THE_FORM = "(*)";
    public static final String OUTSIDE_THE_FORM_NOTE = "(*) Cột không thuộc biểu mẫu của Thông tư số"
            + " 01/2020/TT-VPCP, in thêm để đối chiếu.";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private FormLayout() {
    }

    /**
     * Consecutive columns under one merged group header.
     *
     * @param title null for a column without a group: its own header spans both header rows
     * @param first index of the first column in {@link ReportForm#columns()}
     * @param span  how many columns it covers
     */
    public record Group(String title, int first, int span) {
    }

    public static List<Group> groups(List<Column> columns) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String title = columns.get(i).group();
            Group last = groups.isEmpty() ? null : groups.getLast();
            if (title != null && last != null && title.equals(last.title()) && last.first() + last.span() == i) {
                groups.set(groups.size() - 1, new Group(title, last.first(), last.span() + 1));
            } else {
                groups.add(new Group(title, i, 1));
            }
        }
        return groups;
    }

    /** Whether any column has a group, i.e. the header takes two rows. */
    public static boolean twoHeaderRows(List<Column> columns) {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    /** Column (2)'s header: what the rows are. */
    public static String labelHeader(ReportForm form) {
        if (form.scope() != null && "NATIONAL".equals(form.scope().kind())) {
            return "Tỉnh, thành phố trực thuộc Trung ương";
        }
        return FormCode.of(form.form()).map(code -> switch (code) {
            case II_06B -> "Lĩnh vực, công việc giải quyết theo cấp";
            case II_03B -> "Lĩnh vực";
            case EVALUATION -> "Cơ quan, đơn vị";
            case RATES -> "Chỉ tiêu";
        }).orElse("Nội dung");
    }

    /**
     * "(1)", "(2)", then each column's number as the circular prints it. A column outside the circular's form is
     * marked {@value #OUTSIDE_THE_FORM}; a form with no numbered column at all (rates, evaluation: not in the
     * circular) is numbered in order, so every column can still be referred to.
     */
    public static List<String> columnNumbers(List<Column> columns) {
        boolean official = columns.stream().anyMatch(c -> c.number() != null);
        List<String> numbers = new ArrayList<>(List.of("(1)", "(2)"));
        for (int i = 0; i < columns.size(); i++) {
            Integer number = columns.get(i).number();
            numbers.add(number != null ? "(" + number + ")" : official ? OUTSIDE_THE_FORM : "(" + (i + 3) + ")");
        }
        return numbers;
    }

    /** Column (1): 1, 2, … for the rows, 1.1, 1.2 for parts of a part; empty for the total. */
    public static List<String> rowNumbers(List<Row> rows) {
        List<String> numbers = new ArrayList<>();
        int top = 0;
        int sub = 0;
        for (Row row : rows) {
            if (isTotal(row)) {
                numbers.add("");
            } else if (row.level() >= 2 && top > 0) {
                numbers.add(top + "." + ++sub);
            } else {
                numbers.add(Integer.toString(++top));
                sub = 0;
            }
        }
        return numbers;
    }

    public static boolean isTotal(Row row) {
        return ReportForm.TOTAL.equals(row.key());
    }

    /** Column (2): the row's label; the total row reads {@value #TOTAL_LABEL} unless the form names it. */
    public static String label(Row row) {
        if (isTotal(row) && (row.label() == null || row.label().isBlank())) {
            return TOTAL_LABEL;
        }
        return Objects.requireNonNullElse(row.label(), "");
    }

    public static String reportingUnit(ReportForm form) {
        return "- Đơn vị báo cáo: " + Objects.requireNonNullElse(form.reportingUnit(), "");
    }

    public static String receivingUnit(ReportForm form) {
        return "- Đơn vị nhận báo cáo: " + Objects.requireNonNullElse(form.receivingUnit(), "");
    }

    /** {@code Đơn vị tính: Số hồ sơ TTHC}, whether or not the form's text carries the words "Đơn vị tính". */
    public static String unitOfMeasure(ReportForm form) {
        String unit = Objects.requireNonNullElse(form.unitOfMeasure(), "");
        return unit.startsWith("Đơn vị tính") ? unit : "Đơn vị tính: " + unit;
    }

    /** {@code Kỳ báo cáo: Quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)}. */
    public static String period(ReportForm form) {
        String text = form.period().text() != null ? form.period().text() : form.period().label();
        return text.startsWith("Kỳ báo cáo") ? text : "Kỳ báo cáo: " + text;
    }

    /** When the figures stop: the latest event applied, in Vietnam's time; empty when the form does not say. */
    public static String dataAsOf(ReportForm form) {
        return form.dataAsOf() == null ? ""
                : "Số liệu cập nhật đến " + AS_OF.format(form.dataAsOf().atZone(VIETNAM)) + ".";
    }

    public static String preparedBy(ReportForm form) {
        return form.signature() == null || form.signature().preparedBy() == null ? PREPARED_BY
                : form.signature().preparedBy();
    }

    public static String approvedBy(ReportForm form) {
        return form.signature() == null || form.signature().approvedBy() == null ? APPROVED_BY
                : form.signature().approvedBy();
    }

    public static String placeAndDate(ReportForm form) {
        return form.signature() == null || form.signature().placeAndDate() == null ? ""
                : form.signature().placeAndDate();
    }

    /**
     * What {@value #NOTES} lists under the table: the form's notes, what {@value #OUTSIDE_THE_FORM} means when a
     * column has it, every correction, and when the data stops; empty when there is nothing to say.
     */
    public static List<String> notes(ReportForm form) {
        List<String> lines = new ArrayList<>();
        form.notes().forEach(note -> lines.add("- " + note));
        if (columnNumbers(form.columns()).contains(OUTSIDE_THE_FORM)) {
            lines.add(OUTSIDE_THE_FORM_NOTE);
        }
        List<String> corrections = corrections(form);
        if (!corrections.isEmpty()) {
            lines.add(CORRECTIONS);
            lines.addAll(corrections);
        }
        if (form.dataAsOf() != null) {
            lines.add(dataAsOf(form));
        }
        return lines;
    }

    /** {@code - Lĩnh vực Tư pháp, cột (7) Tổng số: Số tính: 12; điều chỉnh: 14; …} for the list under the table. */
    static List<String> corrections(ReportForm form) {
        List<String> lines = new ArrayList<>();
        List<String> numbers = columnNumbers(form.columns());
        for (Row row : form.rows()) {
            for (int i = 0; i < form.columns().size(); i++) {
                Column column = form.columns().get(i);
                ReportForm.Cell cell = row.cells().get(column.key());
                if (PrintedValues.corrected(cell)) {
                    lines.add("- " + label(row) + ", cột " + numbers.get(i + 2) + " " + column.header() + ": "
                            + PrintedValues.correction(column, cell));
                }
            }
        }
        return lines;
    }
}
