package vn.motcua.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The service-quality index of Decision 766/QĐ-TTg (23/6/2022; domain.md §6) for an agency or province and period:
 * five groups, 100 points. Each sub-indicator is a share (numerator / denominator) earning
 * {@code min(1, ratio / fullAt) × max} points, rounded half up to 2 decimals (the VPCP formula sheet "Mô tả công
 * thức tính chỉ số 766": e.g. 3.1 full at 80 %, else ratio × max / 80 %).
 * <ul>
 * <li>A denominator of 0 (nothing to count: no fee-bearing procedure, no feedback) earns the full points, with no
 * ratio and the definition saying "không phát sinh": nothing was late or missing.</li>
 * <li>A count the platform cannot know (the national database's update dates, the population database) has no
 * data: no points, and its maximum is left out of {@code maxAvailable}, never scored as zero.</li>
 * </ul>
 * [verify] The split of each group's points among its sub-indicators and the thresholds are read from third-party
 * summaries of the formula sheet, not from the decision's appendix (domain.md §6 "[verify split]": groups 3 and 4
 * share 44 points as 22 + 22). They are data here, one row per sub-indicator, so a verified split changes rows.
 */
public final class Index766 {
    public static final String POLICY = "QD766-2022";
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final String NOT_ARISEN = "Không phát sinh trong kỳ: đạt điểm tối đa. ";

    private Index766() {
    }

    public static Index766Result compute(Index766Inputs in) {
        return compute(in, Index766Extras.NONE);
    }

    /** With the counts {@link Index766Inputs} does not carry (2.2 average days, 5.2 feedback satisfaction). */
    public static Index766Result compute(Index766Inputs in, Index766Extras extras) {
        List<Index766Result.Group> groups = List.of(
                group(1, "Công khai, minh bạch", 18,
                        share("1.1", "Công bố, công khai TTHC đúng hạn", in.proceduresPublishedOnTime(),
                                in.proceduresInForce(), "1.0", 4,
                                "Số TTHC có quyết định công bố trước ngày có hiệu lực ít nhất 5 ngày làm việc / "
                                        + "tổng số TTHC có hiệu lực trong kỳ"),
                        noData("1.2", "Cập nhật, công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC", 4,
                                "Số TTHC được cập nhật lên Cơ sở dữ liệu quốc gia đúng hạn / tổng số TTHC công bố: "
                                        + "hệ thống không có dữ liệu"),
                        share("1.3", "Công khai TTHC đầy đủ", in.proceduresComplete(), in.proceduresInForce(), "1.0",
                                6, "Số TTHC công khai đủ các bộ phận theo Nghị định 63/2010 Điều 8 khoản 2 / tổng số "
                                        + "TTHC có hiệu lực trong kỳ"),
                        in.dossiersSyncedToPortal() == null
                                ? noData("1.4", "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia", 4,
                                        "Số hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia / tổng số hồ sơ tiếp nhận: "
                                                + "hệ thống không có dữ liệu")
                                : share("1.4", "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia",
                                        in.dossiersSyncedToPortal(), in.dossiersReceived(), "1.0", 4,
                                        "Số hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia / tổng số hồ sơ tiếp nhận")),
                group(2, "Tiến độ, kết quả giải quyết", 20,
                        share("2.1", "Giải quyết hồ sơ đúng hạn", in.resolvedOnTime766(), in.dossiersResolved(),
                                "1.0", 20, "Số hồ sơ giải quyết không muộn hơn ngày hẹn trả (trừ thời gian chờ bổ "
                                        + "sung; yêu cầu bổ sung lần hai tính là quá hạn) / tổng số hồ sơ đã giải "
                                        + "quyết"),
                        averageDays(extras.totalResolutionDays(), in.dossiersResolved())),
                group(3, "Cung cấp dịch vụ trực tuyến", 22,
                        share("3.1", "TTHC cung cấp dịch vụ công trực tuyến", in.proceduresOnline(),
                                in.proceduresInForce(), "0.8", 6, "Số TTHC cung cấp dịch vụ công trực tuyến toàn "
                                        + "trình hoặc một phần / tổng số TTHC có hiệu lực (đủ điểm từ 80%)"),
                        share("3.2", "Dịch vụ công trực tuyến phát sinh hồ sơ", in.onlineProceduresUsed(),
                                in.proceduresOnline(), "1.0", 4, "Số TTHC trực tuyến có ít nhất 1 hồ sơ nộp trực "
                                        + "tuyến trong kỳ / tổng số TTHC cung cấp dịch vụ công trực tuyến"),
                        share("3.3", "Hồ sơ nộp trực tuyến", in.receivedOnline(), in.dossiersReceived(), "0.5", 6,
                                "Số hồ sơ trực tuyến / tổng số hồ sơ tiếp nhận (đủ điểm từ 50%)"),
                        share("3.4", "TTHC có phí, lệ phí thanh toán trực tuyến", in.feeProceduresPayableOnline(),
                                in.feeProcedures(), "0.8", 3, "Số TTHC có phí, lệ phí cho phép thanh toán trực "
                                        + "tuyến / tổng số TTHC có phí, lệ phí (đủ điểm từ 80%)"),
                        share("3.5", "Hồ sơ thanh toán trực tuyến", in.dossiersPaidOnline(), in.dossiersPaid(), "1.0",
                                3, "Số hồ sơ thanh toán phí, lệ phí trực tuyến / tổng số hồ sơ có thanh toán")),
                group(4, "Số hóa hồ sơ", 22,
                        share("4.1", "Cấp kết quả điện tử", in.dossiersWithEResult(), in.dossiersResolved(), "1.0", 6,
                                "Số hồ sơ có kết quả giải quyết điện tử / tổng số hồ sơ đã giải quyết"),
                        share("4.2", "Số hóa hồ sơ, kết quả", in.dossiersDigitised(), in.dossiersResolved(), "0.8", 6,
                                "Số hồ sơ số hóa toàn bộ thành phần và kết quả / tổng số hồ sơ đã giải quyết (đủ "
                                        + "điểm từ 80%)"),
                        share("4.3", "Tái sử dụng dữ liệu số hóa", in.dossiersReusing(), in.dossiersReceived(), "0.8",
                                6, "Số hồ sơ tái sử dụng ít nhất một thành phần đã số hóa / tổng số hồ sơ tiếp nhận "
                                        + "(đủ điểm từ 80%)"),
                        noData("4.4", "Khai thác Cơ sở dữ liệu quốc gia về dân cư", 4,
                                "Số hồ sơ khai thác dữ liệu dân cư / tổng số hồ sơ tiếp nhận: hệ thống không có dữ "
                                        + "liệu")),
                group(5, "Mức độ hài lòng", 18,
                        share("5.1", "Xử lý phản ánh, kiến nghị đúng hạn", in.feedbackHandledInTime(),
                                in.feedbackReceived(), "1.0", 6, "Số phản ánh, kiến nghị xử lý trong 15 ngày làm "
                                        + "việc / tổng số phản ánh, kiến nghị tiếp nhận"),
                        extras.feedbackRatingsSatisfied() == null || extras.feedbackRatings() == null
                                ? noData("5.2", "Hài lòng về xử lý phản ánh, kiến nghị", 6,
                                        "Số đánh giá hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị / tổng số đánh "
                                                + "giá nội dung này: chưa có dữ liệu")
                                : share("5.2", "Hài lòng về xử lý phản ánh, kiến nghị",
                                        extras.feedbackRatingsSatisfied(), extras.feedbackRatings(), "1.0", 6,
                                        "Số đánh giá hài lòng, rất hài lòng (từ 1 điểm) nội dung tiếp nhận, xử lý "
                                                + "phản ánh, kiến nghị / tổng số đánh giá nội dung này"),
                        receptionSatisfaction(in)));
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal available = BigDecimal.ZERO;
        for (Index766Result.Group g : groups) {
            for (Index766Result.Sub s : g.subIndicators()) {
                if (s.points() != null) {
                    total = total.add(s.points());
                    available = available.add(s.max());
                }
            }
        }
        return new Index766Result(POLICY, groups, total, available);
    }

    private static Index766Result.Group group(int code, String name, int max, Index766Result.Sub... subs) {
        BigDecimal points = BigDecimal.ZERO.setScale(2);
        for (Index766Result.Sub s : subs) {
            if (s.points() != null) {
                points = points.add(s.points());
            }
        }
        return new Index766Result.Group(code, name, BigDecimal.valueOf(max), points, List.of(subs));
    }

    /** {@code min(1, numerator / denominator / fullAt) × max}, 2 decimals; a denominator of 0 earns the max. */
    static Index766Result.Sub share(String code, String name, int numerator, int denominator, String fullAt,
            int max, String definition) {
        BigDecimal full = new BigDecimal(fullAt);
        BigDecimal maxPoints = BigDecimal.valueOf(max);
        if (denominator == 0) {
            return new Index766Result.Sub(code, name, numerator, 0, null, full, maxPoints,
                    maxPoints.setScale(2), NOT_ARISEN + definition);
        }
        BigDecimal ratio = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), PRECISION);
        BigDecimal earned = ratio.divide(full, PRECISION).min(BigDecimal.ONE).multiply(maxPoints)
                .setScale(2, RoundingMode.HALF_UP);
        return new Index766Result.Sub(code, name, numerator, denominator, ratio.setScale(4, RoundingMode.HALF_UP),
                full, maxPoints, earned, definition);
    }

    private static Index766Result.Sub noData(String code, String name, int max, String definition) {
        return new Index766Result.Sub(code, name, null, null, null, null, BigDecimal.valueOf(max), null, definition);
    }

    /** 2.2: monitoring only (0 points): total days over resolved dossiers, the ratio being the mean in days. */
    private static Index766Result.Sub averageDays(Integer totalDays, int resolved) {
        String name = "Thời gian giải quyết trung bình";
        String definition = "Tổng số ngày giải quyết / số hồ sơ đã giải quyết (theo dõi, không tính điểm)";
        if (totalDays == null) {
            return new Index766Result.Sub("2.2", name, null, null, null, null, BigDecimal.ZERO, null,
                    definition + ": chưa có dữ liệu");
        }
        BigDecimal mean = resolved == 0 ? null
                : BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(resolved), 4, RoundingMode.HALF_UP);
        return new Index766Result.Sub("2.2", name, totalDays, resolved, mean, null, BigDecimal.ZERO,
                BigDecimal.ZERO.setScale(2), resolved == 0 ? NOT_ARISEN + definition : definition);
    }

    /**
     * 5.3: 1 − (late share + dissatisfied share), full at 90 %. The sub shows the late count over the resolved
     * dossiers as numerator and denominator; the ratio is the composite, spelled out with both counts in the
     * definition.
     */
    private static Index766Result.Sub receptionSatisfaction(Index766Inputs in) {
        String name = "Hài lòng trong tiếp nhận, giải quyết TTHC";
        String formula = "1 − (số hồ sơ quá hạn " + in.resolvedLate() + " / số hồ sơ đã giải quyết "
                + in.dossiersResolved() + " + số đánh giá không hài lòng " + in.ratingsDissatisfied()
                + " / số đánh giá " + in.ratings() + ") (đủ điểm từ 90%)";
        BigDecimal full = new BigDecimal("0.9");
        BigDecimal max = BigDecimal.valueOf(6);
        if (in.dossiersResolved() == 0 && in.ratings() == 0) {
            return new Index766Result.Sub("5.3", name, in.resolvedLate(), 0, null, full, max, max.setScale(2),
                    NOT_ARISEN + formula);
        }
        BigDecimal ratio = BigDecimal.ONE.subtract(fraction(in.resolvedLate(), in.dossiersResolved()))
                .subtract(fraction(in.ratingsDissatisfied(), in.ratings())).max(BigDecimal.ZERO);
        BigDecimal earned = ratio.divide(full, PRECISION).min(BigDecimal.ONE).multiply(max)
                .setScale(2, RoundingMode.HALF_UP);
        return new Index766Result.Sub("5.3", name, in.resolvedLate(), in.dossiersResolved(),
                ratio.setScale(4, RoundingMode.HALF_UP), full, max, earned, formula);
    }

    private static BigDecimal fraction(int numerator, int denominator) {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), PRECISION);
    }
}
