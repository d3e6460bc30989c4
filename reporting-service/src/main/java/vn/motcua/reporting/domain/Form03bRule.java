package vn.motcua.reporting.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;

/**
 * Form II.03b (the catalogue's counts, Circular 01/2020/TT-VPCP; domain.md §2, §7): of the procedures in force on the
 * period's last day, by issuing level, mechanism, postal service, online provision (Decree 42/2022: level 4 before it
 * counts as full, level 3 as partial) and "4 tại chỗ"; and the period's publications, amendments and abolitions.
 */
public final class Form03bRule {
    private static final String COUNT = "Số TTHC";

    public static final List<Column> COLUMNS = List.of(
            column("total", 3, COUNT, "Tổng số", "TTHC đang có hiệu lực tại ngày cuối kỳ"),
            column("central", 4, COUNT, "Do Trung ương ban hành", "Cấp ban hành: Trung ương"),
            column("local", 5, COUNT, "Do địa phương ban hành", "Cấp ban hành: địa phương"),
            column("oneStop", 6, "Cơ chế", "Một cửa", "Giải quyết theo cơ chế một cửa"),
            column("interConnected", 7, "Cơ chế", "Một cửa liên thông", "Giải quyết theo cơ chế một cửa liên thông"),
            column("postalReceipt", 8, "Dịch vụ bưu chính công ích", "Tiếp nhận", "Tiếp nhận qua bưu chính công ích"),
            column("postalReturn", 9, "Dịch vụ bưu chính công ích", "Trả kết quả", "Trả kết quả qua bưu chính công ích"),
            column("onlineFull", 10, "Dịch vụ công trực tuyến", "Toàn trình",
                    "Dịch vụ công trực tuyến toàn trình (mức độ 4 trước Nghị định 42/2022/NĐ-CP)"),
            column("onlinePartial", 11, "Dịch vụ công trực tuyến", "Một phần",
                    "Dịch vụ công trực tuyến một phần (mức độ 3 trước Nghị định 42/2022/NĐ-CP)"),
            column("fourOnTheSpot", 12, "4 tại chỗ", "Số TTHC", "TTHC thực hiện theo mô hình 4 tại chỗ"),
            column("published", 13, "Biến động trong kỳ", "Công bố mới", "Công bố lần đầu, hiệu lực trong kỳ"),
            column("amended", 14, "Biến động trong kỳ", "Sửa đổi, bổ sung, thay thế",
                    "Phiên bản sửa đổi, bổ sung, thay thế có hiệu lực trong kỳ"),
            column("abolished", 15, "Biến động trong kỳ", "Bãi bỏ", "Bãi bỏ có hiệu lực trong kỳ"));

    private Form03bRule() {
    }

    /** The figures of a set of entries (one field's, or all for the total), by column key. */
    public static Map<String, Cell> cells(List<CatalogueEntry> entries) {
        Map<String, Long> n = new LinkedHashMap<>();
        COLUMNS.forEach(c -> n.put(c.key(), 0L));
        for (CatalogueEntry e : entries) {
            switch (e.kind()) {
                case PUBLISHED -> n.merge("published", 1L, Long::sum);
                case AMENDED -> n.merge("amended", 1L, Long::sum);
                case ABOLISHED -> n.merge("abolished", 1L, Long::sum);
                case IN_FORCE -> inForce(e).forEach(k -> n.merge(k, 1L, Long::sum));
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        n.forEach((k, v) -> cells.put(k, Cell.of(v)));
        return cells;
    }

    private static List<String> inForce(CatalogueEntry e) {
        List<String> keys = new java.util.ArrayList<>(List.of("total"));
        keys.add("CENTRAL".equals(e.issuingLevel()) ? "central" : "local");
        keys.add("INTER_CONNECTED".equals(e.mechanism()) ? "interConnected" : "oneStop");
        if (e.postalReceipt()) {
            keys.add("postalReceipt");
        }
        if (e.postalReturn()) {
            keys.add("postalReturn");
        }
        switch (e.onlineMode()) {
            case "FULL", "LEVEL_4" -> keys.add("onlineFull");
            case "PARTIAL", "LEVEL_3" -> keys.add("onlinePartial");
            default -> { }
        }
        if (e.fourOnTheSpot()) {
            keys.add("fourOnTheSpot");
        }
        return keys;
    }

    private static Column column(String key, int number, String group, String header, String definition) {
        return new Column(key, number, group, header, "COUNT", definition);
    }
}
