package vn.motcua.evaluation.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.domain.DossierEvaluation;
import vn.motcua.evaluation.domain.EvaluationPolicies;
import vn.motcua.evaluation.domain.EvaluationPolicy;
import vn.motcua.evaluation.domain.IndicatorResult;
import vn.motcua.evaluation.service.EvaluationQueries;
import vn.motcua.evaluation.service.RatingContent;

@Schema(description = "Kết quả đánh giá việc giải quyết hồ sơ (Circular 01/2018/TT-VPCP Art. 13): each"
        + " per-dossier indicator, the share of each officer, the applicant's rating")
public record DossierEvaluationResponse(
        UUID dossierId,
        String dossierCode,
        @Schema(description = "Cơ quan giải quyết") String agency,
        @Schema(description = "Đơn vị giải quyết; null while unknown") String unit,
        @Schema(description = "DECREE_61_2018 or DECREE_118_2025, fixed on the reception day") String ruleSet,
        @Schema(description = "The evaluation scheme, e.g. TT01-2018") String policy,
        @Schema(description = "EVALUATED once resolved; PENDING before (every indicator pending)",
                enumeration = {"EVALUATED", "PENDING"}) String status,
        Instant resolvedAt,
        List<Indicator> indicators,
        @Schema(description = "Σ points of the scored indicators") int totalPoints,
        @Schema(description = "2 per scored indicator") int maxPoints,
        List<Officer> officers,
        @Schema(description = "Đánh giá của người nộp hồ sơ (Decree 118/2025 Art. 33); null when not rated",
                nullable = true) Rating rating,
        @Schema(description = "Phản ánh, kiến nghị recorded about this dossier") int complaints,
        @Schema(description = "The revision of DossierEvaluated last published; 0 while pending") int revision,
        Instant evaluatedAt) {

    @Schema(description = "One indicator: 0-2 points when scored; PENDING until its facts are known; NO_DATA when"
            + " they cannot exist (left out of the total)")
    public record Indicator(
            @Schema(description = "1 to 9, as numbered in Circular 01/2018/TT-VPCP Art. 13") int indicator,
            @Schema(description = "Tên chỉ số") String name,
            @Schema(enumeration = {"SCORED", "PENDING", "NO_DATA"}) String status,
            @Schema(nullable = true) Integer points,
            @Schema(description = "Lý do, in Vietnamese") String reason) {
    }

    @Schema(description = "An officer who handled the dossier and the indicators they are scored on (1, 2, 3, 4, 7)")
    public record Officer(String officer,
            @Schema(enumeration = {"RECEPTION", "PROCESSING", "RESOLUTION"}) String role,
            List<Indicator> indicators) {
    }

    public record Rating(List<RatedContent> contents, Instant ratedAt) {
    }

    @Schema(description = "One content of Decree 118/2025 Art. 33 cl. 1: 2 rất hài lòng, 1 hài lòng, 0 không"
            + " hài lòng")
    public record RatedContent(String content, String label, int score) {
    }

    static DossierEvaluationResponse of(EvaluationQueries.DossierView v) {
        EvaluationPolicy policy = EvaluationPolicies.byId(v.policy());
        return new DossierEvaluationResponse(v.dossierId(), v.dossierCode(), v.agency(), v.unit(), v.ruleSet(),
                v.policy(), v.evaluated() ? "EVALUATED" : "PENDING", v.resolvedAt(),
                indicators(policy, v.indicators()), v.totalPoints(), v.maxPoints(),
                v.officers().stream().map(o -> officer(policy, o)).toList(),
                v.rating().map(DossierEvaluationResponse::rating).orElse(null),
                v.complaints(), v.revision(), v.evaluatedAt());
    }

    private static Rating rating(vn.motcua.evaluation.domain.DossierFacts.Rating r) {
        return new Rating(r.scores().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new RatedContent(e.getKey(), RatingContent.named(e.getKey()).map(RatingContent::label)
                        .orElse(e.getKey()), e.getValue())).toList(),
                r.ratedAt());
    }

    static List<Indicator> indicators(EvaluationPolicy policy, List<IndicatorResult> results) {
        return results.stream().map(r -> new Indicator(r.indicator(), policy.indicatorName(r.indicator()),
                r.status().name(), r.points(), r.reason())).toList();
    }

    private static Officer officer(EvaluationPolicy policy, DossierEvaluation.OfficerShare share) {
        return new Officer(share.officer(), share.role(), indicators(policy, share.indicators()));
    }
}
