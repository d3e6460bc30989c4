package vn.motcua.evaluation.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.service.RateDossier;
import vn.motcua.evaluation.service.RatingContent;

@Schema(description = "Kết quả đánh giá đã ghi nhận (the stored rating)")
public record RatingResponse(
        @Schema(description = "Mã hồ sơ") String dossierCode,
        List<Content> contents,
        @Schema(description = "Thời điểm đánh giá") Instant ratedAt) {

    public record Content(RatingContent content,
            @Schema(description = "Nội dung, in Vietnamese") String label,
            @Schema(description = "0 không hài lòng, 1 hài lòng, 2 rất hài lòng") int score,
            @Schema(description = "Mức độ hài lòng, in Vietnamese") String scoreLabel) {
    }

    static RatingResponse of(RateDossier.RatingView v) {
        return new RatingResponse(v.dossierCode(), v.contents().stream()
                .map(c -> new Content(c.content(), c.content().label(), c.score(), RatingContent.scoreLabel(c.score())))
                .toList(), v.ratedAt());
    }
}
