package vn.motcua.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;
import vn.motcua.reporting.repository.FormQueries;

/**
 * The evaluation summary's cells of one scorecard (Circular 01/2018/TT-VPCP Art. 15: total, maximum and band;
 * Decision 766/QĐ-TTg: the five groups, each "points/max").
 */
final class EvaluationCells {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> BANDS = Map.of("XUAT_SAC", "Xuất sắc", "TOT", "Tốt", "KHA", "Khá",
            "TRUNG_BINH", "Trung bình", "YEU", "Yếu");
    private static final String[] GROUPS = {"Công khai, minh bạch", "Tiến độ, kết quả giải quyết",
        "Cung cấp dịch vụ trực tuyến", "Số hóa hồ sơ", "Mức độ hài lòng"};

    static final List<Column> COLUMNS = columns();

    private EvaluationCells() {
    }

    private static List<Column> columns() {
        List<Column> columns = new java.util.ArrayList<>(List.of(
                new Column("total", null, "Thông tư 01/2018/TT-VPCP", "Tổng điểm", "COUNT", "Tổng điểm các chỉ số"),
                new Column("max", null, "Thông tư 01/2018/TT-VPCP", "Điểm tối đa", "COUNT",
                        "2 điểm cho mỗi chỉ số có số liệu"),
                new Column("band", null, "Thông tư 01/2018/TT-VPCP", "Xếp loại", "TEXT", "Điều 15 khoản 3"),
                new Column("dossiers", null, null, "Số hồ sơ", "COUNT", "Số hồ sơ được đánh giá")));
        for (int g = 1; g <= 5; g++) {
            columns.add(new Column("index766." + g, null, "Quyết định 766/QĐ-TTg", g + ". " + GROUPS[g - 1], "TEXT",
                    "Điểm đạt / điểm tối đa của nhóm chỉ số " + g));
        }
        return List.copyOf(columns);
    }

    static Map<String, Cell> of(FormQueries.Scorecard s) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        if (s.total() != null) {
            cells.put("total", Cell.of(s.total()));
        }
        if (s.max() != null) {
            cells.put("max", Cell.of(s.max()));
        }
        if (s.band() != null) {
            cells.put("band", Cell.text(BANDS.getOrDefault(s.band(), s.band())));
        }
        cells.put("dossiers", Cell.of(s.dossiers()));
        if (s.index766() != null) {
            try {
                for (JsonNode group : JSON.readTree(s.index766())) {
                    cells.put("index766." + group.path("group").asInt(), Cell.text(number(group.path("points"))
                            + "/" + number(group.path("max"))));
                }
            } catch (java.io.IOException e) {
                // a body without readable groups prints none
            }
        }
        return cells;
    }

    /** {@code 17,5}: the decimal comma officials write. */
    private static String number(JsonNode value) {
        return new BigDecimal(value.asText("0")).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
