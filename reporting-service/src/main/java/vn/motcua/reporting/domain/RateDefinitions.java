package vn.motcua.reporting.domain;

import java.util.EnumMap;
import java.util.Map;
import vn.motcua.reporting.domain.form.KpiCode;

/**
 * Each rate's name and definition in Vietnamese, printed beside its numerator and denominator (the seeds print
 * "28 %" where 124/489 is 25.4 %: the definition must be explicit). The same definitions as {@link KpiCode}'s
 * Javadoc; the percent is numerator ÷ denominator × 100, half up to one decimal.
 */
public final class RateDefinitions {
    public record Definition(String name, String text) {
    }

    private static final Map<KpiCode, Definition> ALL = new EnumMap<>(Map.of(
            KpiCode.ONLINE_DOSSIERS, new Definition("Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                    "Số hồ sơ tiếp nhận trực tuyến trong kỳ ÷ tổng số hồ sơ tiếp nhận mới trong kỳ"),
            KpiCode.FULL_ONLINE_PROCEDURES_USED, new Definition("Tỷ lệ TTHC toàn trình có phát sinh hồ sơ trực tuyến",
                    "Số TTHC cung cấp trực tuyến toàn trình có hiệu lực tại cuối kỳ có ít nhất 1 hồ sơ tiếp nhận trực"
                            + " tuyến trong kỳ ÷ số TTHC cung cấp trực tuyến toàn trình có hiệu lực tại cuối kỳ"),
            KpiCode.FULL_ONLINE_PROCEDURES, new Definition("Tỷ lệ TTHC cung cấp trực tuyến toàn trình",
                    "Số TTHC có hiệu lực tại cuối kỳ cung cấp trực tuyến toàn trình ÷ tổng số TTHC có hiệu lực tại"
                            + " cuối kỳ"),
            KpiCode.FEE_PROCEDURES_PAID_ONLINE, new Definition("Tỷ lệ TTHC có thu phí, lệ phí được thanh toán trực"
                    + " tuyến", "Số TTHC có thu phí, lệ phí có hiệu lực tại cuối kỳ có ít nhất 1 giao dịch thanh toán"
                    + " trực tuyến trong kỳ ÷ số TTHC có thu phí, lệ phí có hiệu lực tại cuối kỳ"),
            KpiCode.ONLINE_PAYMENTS, new Definition("Tỷ lệ giao dịch thanh toán trực tuyến",
                    "Số giao dịch thanh toán trực tuyến trong kỳ ÷ tổng số giao dịch thanh toán trong kỳ"),
            KpiCode.DIGITISED_RESULTS, new Definition("Tỷ lệ số hóa kết quả giải quyết",
                    "Số hồ sơ giải quyết trong kỳ có kết quả được số hóa ÷ số hồ sơ giải quyết trong kỳ"),
            KpiCode.DATA_REUSE, new Definition("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa",
                    "Số hồ sơ tiếp nhận mới trong kỳ có ít nhất 1 thành phần được sử dụng lại từ dữ liệu số hóa"
                            + " (không yêu cầu cung cấp lại) ÷ số hồ sơ tiếp nhận mới trong kỳ có ghi nhận thành phần"),
            KpiCode.SATISFACTION, new Definition("Tỷ lệ hài lòng",
                    "Số lượt đánh giá trong kỳ không có nội dung nào \"không hài lòng\" ÷ tổng số lượt đánh giá trong"
                            + " kỳ"),
            KpiCode.ON_TIME, new Definition("Tỷ lệ hồ sơ giải quyết đúng hạn",
                    "Số hồ sơ giải quyết trong kỳ trước hạn hoặc đúng hạn ÷ số hồ sơ giải quyết trong kỳ")));

    private RateDefinitions() {
    }

    public static Definition of(KpiCode kpi) {
        return ALL.get(kpi);
    }
}
