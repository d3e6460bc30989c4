package vn.motcua.reporting.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;

/**
 * The columns of Biểu số II.06b/VPCP/KSTT (Circular 01/2020/TT-VPCP), numbered as the circular prints them; (1) TT
 * and (2) the field are the row's number and label. "Dừng giải quyết" is not in the official form: printed after it,
 * so (3) = (7) + (11) + dừng giải quyết can be checked.
 */
public final class Form06bColumns {
    private static final String RECEIVED = "Số hồ sơ nhận giải quyết";
    private static final String RESOLVED = "Số hồ sơ đã giải quyết";
    private static final String IN_PROGRESS = "Số hồ sơ đang giải quyết";

    public static final List<Column> ALL = List.of(
            count("received.total", 3, RECEIVED, "Tổng số", "(4) + (5) + (6)"),
            count("received.online", 4, RECEIVED, "Trực tuyến",
                    "Tiếp nhận trong kỳ qua kênh trực tuyến (Cổng dịch vụ công, VNeID, Cơ chế một cửa quốc gia)"),
            count("received.directOrPostal", 5, RECEIVED, "Trực tiếp, dịch vụ bưu chính",
                    "Tiếp nhận trong kỳ trực tiếp tại Bộ phận Một cửa, tại cơ quan hoặc qua dịch vụ bưu chính công ích"),
            count("received.carriedOver", 6, RECEIVED, "Từ kỳ trước",
                    "Tiếp nhận trước kỳ, chưa giải quyết xong tại thời điểm đầu kỳ"),
            count("resolved.total", 7, RESOLVED, "Tổng số", "(8) + (9) + (10): đã giải quyết trong kỳ"),
            count("resolved.early", 8, RESOLVED, "Trước hạn", "Giải quyết trong kỳ, trước hạn"),
            count("resolved.onTime", 9, RESOLVED, "Đúng hạn", "Giải quyết trong kỳ, đúng hạn"),
            count("resolved.late", 10, RESOLVED, "Quá hạn", "Giải quyết trong kỳ, quá hạn"),
            count("inProgress.total", 11, IN_PROGRESS, "Tổng số", "(12) + (13): chưa giải quyết xong tại cuối kỳ"),
            count("inProgress.withinDue", 12, IN_PROGRESS, "Trong hạn",
                    "Tại cuối kỳ chưa đến hạn theo hạn đang có hiệu lực, hoặc đang chờ bổ sung (dừng tính thời gian)"),
            count("inProgress.overdue", 13, IN_PROGRESS, "Quá hạn", "Tại cuối kỳ đã quá hạn theo hạn đang có hiệu lực"),
            count("stopped", null, "Ngoài biểu", "Dừng giải quyết (rút, không bổ sung)",
                    "Rút hồ sơ hoặc dừng giải quyết do không bổ sung trong kỳ; (3) = (7) + (11) + cột này"));

    private Form06bColumns() {
    }

    public static Map<String, Cell> cells(Form06bCounts c) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("received.total", Cell.of(c.receivedTotal()));
        cells.put("received.online", Cell.of(c.receivedOnline()));
        cells.put("received.directOrPostal", Cell.of(c.receivedDirectOrPostal()));
        cells.put("received.carriedOver", Cell.of(c.carriedOver()));
        cells.put("resolved.total", Cell.of(c.resolvedTotal()));
        cells.put("resolved.early", Cell.of(c.resolvedEarly()));
        cells.put("resolved.onTime", Cell.of(c.resolvedOnTime()));
        cells.put("resolved.late", Cell.of(c.resolvedLate()));
        cells.put("inProgress.total", Cell.of(c.inProgressTotal()));
        cells.put("inProgress.withinDue", Cell.of(c.inProgressWithinDue()));
        cells.put("inProgress.overdue", Cell.of(c.inProgressOverdue()));
        cells.put("stopped", Cell.of(c.stopped()));
        return cells;
    }

    public static final List<String> NOTES = List.of(
            "Hồ sơ được tính từ khi tiếp nhận (Nghị định 61/2018/NĐ-CP, Điều 16); hồ sơ nộp nhưng chưa được tiếp"
                    + " nhận không được tính.",
            "Kỳ báo cáo tính từ 00:00 ngày đầu kỳ đến hết 23:59 ngày cuối kỳ (giờ Việt Nam).",
            "Số liệu \"từ kỳ trước\" và \"đang giải quyết\" tính tại thời điểm đầu kỳ và cuối kỳ; sự kiện sau cuối kỳ"
                    + " không làm thay đổi số liệu của kỳ.",
            "Hạn giải quyết là hạn đang có hiệu lực tại cuối kỳ (kể cả gia hạn, bổ sung hồ sơ trước cuối kỳ).",
            "(3) = (7) + (11) + số hồ sơ dừng giải quyết (rút hồ sơ, không bổ sung) trong kỳ.");

    private static Column count(String key, Integer number, String group, String header, String definition) {
        return new Column(key, number, group, header, "COUNT", definition);
    }
}
