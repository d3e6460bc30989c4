package vn.motcua.evaluation.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.service.Score;

@Schema(description = "Kết quả đánh giá việc giải quyết hồ sơ (the dossier's evaluation so far)")
public record EvaluationResponse(
        UUID dossierId,
        @Schema(description = "Điểm từng chỉ số đánh giá (points per indicator)") List<IndicatorPoints> indicators,
        @Schema(description = "Tổng điểm (sum of the points)") int totalPoints,
        @Schema(description = "Điểm tối đa of the indicators scored so far: 2 each") int maxPoints) {

    public record IndicatorPoints(
            @Schema(description = "Chỉ số, 1 to 9 (1: thời gian giải quyết so với quy định)") int indicator,
            @Schema(description = "0 to 2; indicator 1: trước hạn 2, đúng hạn 1, quá hạn 0") int points) {
    }

    static EvaluationResponse of(UUID dossierId, List<Score> scores) {
        List<IndicatorPoints> indicators = scores.stream().map(s -> new IndicatorPoints(s.indicator(), s.points()))
                .toList();
        int total = indicators.stream().mapToInt(IndicatorPoints::points).sum();
        return new EvaluationResponse(dossierId, indicators, total, 2 * indicators.size());
    }
}
