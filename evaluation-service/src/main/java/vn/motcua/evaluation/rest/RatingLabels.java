package vn.motcua.evaluation.rest;

import java.util.Map;

/**
 * The Vietnamese wording of the nine rating contents of Decree 118/2025 Art. 33 cl. 1, for the dossier's evaluation
 * page. [merge: the signals helper's RatingContent enum holds the same labels; use it here once merged.]
 */
final class RatingLabels {
    private static final Map<String, String> LABELS = Map.of(
            "THOI_GIAN", "Thời gian giải quyết so với quy định",
            "SO_CO_QUAN", "Số cơ quan, đơn vị phải liên hệ",
            "SO_LAN_LIEN_HE", "Số lần phải liên hệ",
            "CONG_KHAI", "Công khai thủ tục",
            "THAI_DO", "Thái độ của cán bộ, công chức",
            "DUNG_QUY_DINH", "Giải quyết đúng quy định, chi phí",
            "PHAN_ANH", "Tiếp nhận, xử lý phản ánh, kiến nghị",
            "TRUC_TUYEN", "Dịch vụ công trực tuyến",
            "KHAC", "Nội dung khác");

    private RatingLabels() {
    }

    static String of(String content) {
        return LABELS.getOrDefault(content, content);
    }
}
