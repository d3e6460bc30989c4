package vn.motcua.evaluation.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine contents an applicant rates (Decree 118/2025 Art. 33 cl. 1, the same as Decree 61/2018 Art. 31), with the
 * labels the rating page and the officials read. Scores: 0 không hài lòng, 1 hài lòng, 2 rất hài lòng.
 */
public enum RatingContent {
    THOI_GIAN("Thời gian giải quyết so với quy định"),
    SO_CO_QUAN("Số cơ quan, đơn vị phải liên hệ"),
    SO_LAN_LIEN_HE("Số lần phải liên hệ"),
    CONG_KHAI("Công khai thủ tục"),
    THAI_DO("Thái độ của cán bộ, công chức"),
    DUNG_QUY_DINH("Giải quyết đúng quy định, chi phí"),
    PHAN_ANH("Tiếp nhận, xử lý phản ánh, kiến nghị"),
    TRUC_TUYEN("Dịch vụ công trực tuyến"),
    KHAC("Nội dung khác");

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 2;

    private final String label;

    RatingContent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The content named exactly so (upper case, as the contract spells it); no guessing of near names. */
    public static Optional<RatingContent> named(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** The Vietnamese label of a score. */
    public static String scoreLabel(int score) {
        return switch (score) {
            case 0 -> "Không hài lòng";
            case 1 -> "Hài lòng";
            case 2 -> "Rất hài lòng";
            default -> throw new IllegalArgumentException("a score is 0, 1 or 2: " + score);
        };
    }
}
