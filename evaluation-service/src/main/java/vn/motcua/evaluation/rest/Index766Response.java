package vn.motcua.evaluation.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.domain.Index766Result;
import vn.motcua.evaluation.service.EvaluationQueries;

@Schema(description = "Bộ chỉ số phục vụ người dân, doanh nghiệp (Decision 766/QĐ-TTg): five groups, each"
        + " sub-indicator with its numerator, denominator and the ratio that earns full points")
public record Index766Response(
        @Schema(enumeration = {"AGENCY", "PROVINCE"}) String scope,
        String subject,
        ScorecardResponses.Period period,
        @Schema(description = "e.g. QD766-2022") String policy,
        List<Group> groups,
        @Schema(description = "Points over the sub-indicators with data") BigDecimal total,
        @Schema(description = "The maximum of the sub-indicators with data (100 when all have data)")
        BigDecimal maxAvailable) {

    public record Group(int code, String name, BigDecimal max, BigDecimal points, List<Sub> subIndicators) {
    }

    @Schema(description = "A sub-indicator: points = min(1, ratio / fullAt) × max; without data all null but max")
    public record Sub(@Schema(example = "2.1") String code, String name, @Schema(nullable = true) Integer numerator,
            @Schema(nullable = true) Integer denominator, @Schema(nullable = true) BigDecimal ratio,
            @Schema(nullable = true) BigDecimal fullAt, BigDecimal max, @Schema(nullable = true) BigDecimal points,
            @Schema(description = "What is counted over what, in Vietnamese") String definition) {
    }

    static Index766Response of(EvaluationQueries.IndexView v) {
        Index766Result r = v.result();
        return new Index766Response(v.scope().name(), v.subject(), ScorecardResponses.Period.of(v.period()),
                r.policy(), r.groups().stream().map(g -> new Group(g.code(), g.name(), g.max(), g.points(),
                        g.subIndicators().stream().map(s -> new Sub(s.code(), s.name(), s.numerator(),
                                s.denominator(), s.ratio(), s.fullAt(), s.max(), s.points(), s.definition()))
                                .toList())).toList(),
                r.total(), r.maxAvailable());
    }
}
