package vn.motcua.reporting.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;
import vn.motcua.reporting.domain.form.ReportForm.Row;

/** Hand-built forms with literal figures, as the forms helper's {@code ReportForms} returns them. */
final class SampleForms {
    static final String SCIENCE = "Lĩnh vực Khoa học và Công nghệ";
    static final String LAND = "Lĩnh vực Đất đai: đăng ký biến động quyền sử dụng đất, quyền sở hữu nhà ở và tài sản"
            + " khác gắn liền với đất của hộ gia đình, cá nhân, cộng đồng dân cư ở cấp huyện và cấp xã";
    static final String CORRECTION_REASON = "Hồ sơ 000.00.20.H32-260501-0007 trả kết quả trễ hạn nhưng ghi nhận"
            + " đúng hạn";
    static final String PERIOD_TEXT = "Quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)";

    static final List<Column> II_06B = List.of(
            count("received.total", 3, "Số hồ sơ nhận giải quyết", "Tổng số"),
            count("received.online", 4, "Số hồ sơ nhận giải quyết", "Trực tuyến"),
            count("received.directOrPostal", 5, "Số hồ sơ nhận giải quyết", "Trực tiếp, dịch vụ bưu chính"),
            count("received.carriedOver", 6, "Số hồ sơ nhận giải quyết", "Từ kỳ trước"),
            count("resolved.total", 7, "Số hồ sơ đã giải quyết", "Tổng số"),
            count("resolved.early", 8, "Số hồ sơ đã giải quyết", "Trước hạn"),
            count("resolved.onTime", 9, "Số hồ sơ đã giải quyết", "Đúng hạn"),
            count("resolved.late", 10, "Số hồ sơ đã giải quyết", "Quá hạn"),
            count("inProgress.total", 11, "Số hồ sơ đang giải quyết", "Tổng số"),
            count("inProgress.withinDue", 12, "Số hồ sơ đang giải quyết", "Trong hạn"),
            count("inProgress.overdue", 13, "Số hồ sơ đang giải quyết", "Quá hạn"),
            count("stopped", null, "Ngoài biểu", "Dừng giải quyết (rút, không bổ sung)"));

    private SampleForms() {
    }

    /** Lạng Sơn's II.06b for 2026-Q2: three fields and the total; the justice field's late count corrected 1 → 2. */
    static ReportForm province() {
        return ii06b(new ReportForm.Scope("PROVINCE", "20", "Lạng Sơn", null, null),
                "Ủy ban nhân dân tỉnh Lạng Sơn", List.of(
                        row("KHCN", SCIENCE, 1, 12, 5, 4, 3, 8, 2, 5, 1, 3, 2, 1, 1),
                        corrected(row("TP", "Lĩnh vực Tư pháp", 1, 20, 15, 3, 2, 15, 5, 9, 1, 5, 4, 1, 0),
                                "resolved.late", 2),
                        row("DD", LAND, 1, 1234, 1000, 200, 34, 1200, 100, 1000, 100, 30, 20, 10, 4),
                        row(ReportForm.TOTAL, "Tổng số", 0, 1266, 1020, 207, 39, 1223, 107, 1014, 102, 38, 26, 12,
                                5)));
    }

    static ReportForm agency() {
        return ii06b(new ReportForm.Scope("AGENCY", "20", "Lạng Sơn", "SKHCN-20", "Sở Khoa học và Công nghệ"),
                "Sở Khoa học và Công nghệ tỉnh Lạng Sơn", List.of(
                        row("KHCN", SCIENCE, 1, 12, 5, 4, 3, 8, 2, 5, 1, 3, 2, 1, 1),
                        row(ReportForm.TOTAL, "Tổng số", 0, 12, 5, 4, 3, 8, 2, 5, 1, 3, 2, 1, 1)));
    }

    static ReportForm national() {
        return ii06b(new ReportForm.Scope("NATIONAL", null, null, null, null), "Văn phòng Chính phủ", List.of(
                row("20", "Lạng Sơn (từ ngày 15/03/2026 đến ngày 14/06/2026)", 1, 12, 5, 4, 3, 8, 2, 5, 1, 3, 2,
                        1, 1),
                row("04", "Cao Bằng (từ ngày 05/03/2026 đến ngày 04/06/2026)", 1, 20, 15, 3, 2, 15, 5, 9, 1, 5, 4,
                        1, 0),
                row(ReportForm.TOTAL, "Tổng số", 0, 32, 20, 7, 5, 23, 7, 14, 2, 8, 6, 2, 1)));
    }

    /** {@code fields} fields of 1 … 4 dossiers each, then the total: pages of rows for the PDF. */
    static ReportForm manyRows(int fields) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= fields; i++) {
            rows.add(row("F" + i, "Lĩnh vực số " + i + " cấp tỉnh", 1, 4, 1, 2, 1,
                    2, 1, 1, 0, 1, 1, 0, 1));
        }
        rows.add(row(ReportForm.TOTAL, "Tổng số", 0, 4L * fields, fields, 2L * fields, fields, 2L * fields, fields,
                fields, 0, fields, fields, 0, fields));
        return ii06b(new ReportForm.Scope("PROVINCE", "20", "Lạng Sơn", null, null), "Ủy ban nhân dân tỉnh Lạng Sơn",
                rows);
    }

    /**
     * The rates: 124 of 489 dossiers online is 25.4 % (the seeds printed 28 %); a definition with a comma and
     * quotes; a label written to look like a spreadsheet formula.
     */
    static ReportForm rates() {
        List<Column> columns = List.of(count("numerator", null, null, "Tử số"),
                count("denominator", null, null, "Mẫu số"),
                new Column("percent", null, null, "Tỷ lệ (%)", "PERCENT", "tử số ÷ mẫu số × 100"),
                new Column("target", null, null, "Chỉ tiêu (%)", "PERCENT", "kế hoạch của tỉnh"),
                new Column("definition", null, null, "Cách tính", "TEXT", "định nghĩa"));
        Map<String, Cell> online = new LinkedHashMap<>();
        online.put("numerator", Cell.of(124));
        online.put("denominator", Cell.of(489));
        online.put("percent", Cell.of(new BigDecimal("25.357")));
        online.put("target", Cell.of(60));
        online.put("definition", Cell.text("Hồ sơ tiếp nhận trực tuyến ÷ hồ sơ tiếp nhận, \"mới\" trong kỳ"));
        Map<String, Cell> none = new LinkedHashMap<>();
        none.put("numerator", Cell.of(0));
        none.put("denominator", Cell.of(0));
        none.put("definition", Cell.text("-không có dữ liệu"));
        return new ReportForm("rates", "Biểu tỷ lệ", "Kế hoạch số 15/KH-UBND ngày 20/01/2023",
                "CÁC TỶ LỆ SO VỚI CHỈ TIÊU KẾ HOẠCH", new ReportForm.Scope("PROVINCE", "20", "Lạng Sơn", null, null),
                "Ủy ban nhân dân tỉnh Lạng Sơn", "Văn phòng Chính phủ", period(), "Đơn vị tính: %", columns,
                List.of(new Row("ONLINE_DOSSIERS", "Hồ sơ tiếp nhận trực tuyến", 1, online),
                        new Row("=HYPERLINK(\"http://x\")", "@SUM(A1)", 1, none)),
                List.of(), null, Instant.parse("2026-12-05T01:00:00Z"), null);
    }

    static ReportForm.Period period() {
        return new ReportForm.Period("QUARTER", "2026-Q2", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14),
                PERIOD_TEXT);
    }

    private static ReportForm ii06b(ReportForm.Scope scope, String reportingUnit, List<Row> rows) {
        return new ReportForm("II.06b", "Biểu số II.06b/VPCP/KSTT",
                "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ",
                "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC"
                        + " HÀNH CHÍNH",
                scope, reportingUnit, "Văn phòng Chính phủ", period(), "Đơn vị tính: Số hồ sơ TTHC", II_06B, rows,
                List.of("Hồ sơ được tính từ khi tiếp nhận (Nghị định 61/2018/NĐ-CP, Điều 16).",
                        "(3) = (7) + (11) + số hồ sơ dừng giải quyết."),
                new ReportForm.Signature("Lạng Sơn, ngày 05 tháng 12 năm 2026", "NGƯỜI LẬP BIỂU",
                        "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"),
                Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-05T00:59:30Z"));
    }

    private static Column count(String key, Integer number, String group, String header) {
        return new Column(key, number, group, header, "COUNT", header);
    }

    private static Row row(String key, String label, int level, long... figures) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < figures.length; i++) {
            cells.put(II_06B.get(i).key(), Cell.of(figures[i]));
        }
        return new Row(key, label, level, cells);
    }

    private static Row corrected(Row row, String column, long to) {
        Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
        cells.put(column, cells.get(column).corrected(BigDecimal.valueOf(to), CORRECTION_REASON));
        return new Row(row.key(), row.label(), row.level(), cells);
    }
}
