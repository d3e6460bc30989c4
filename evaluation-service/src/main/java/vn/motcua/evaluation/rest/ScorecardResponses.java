package vn.motcua.evaluation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.domain.Band;
import vn.motcua.evaluation.domain.EvaluationPolicies;
import vn.motcua.evaluation.domain.EvaluationPolicy;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.Scorecard;
import vn.motcua.evaluation.service.CitizenSignals;
import vn.motcua.evaluation.service.EvaluationQueries;
import vn.motcua.evaluation.service.Scorecards;

/** The answers of the scorecard reads (Circular 01/2018/TT-VPCP Art. 15). */
public final class ScorecardResponses {
    private ScorecardResponses() {
    }

    @Schema(description = "Kỳ đánh giá: a quarter or year as the province cuts it, or a range of days")
    public record Period(@Schema(enumeration = {"QUARTER", "YEAR", "RANGE"}) String kind,
            @Schema(example = "2026-Q2") String label, LocalDate from, LocalDate to) {
        static Period of(ReportingPeriod p) {
            return new Period(p.kind().name(), p.label(), p.from(), p.to());
        }
    }

    @Schema(description = "One line of the ranking (xếp loại)")
    public record Ranked(@Schema(enumeration = {"OFFICER", "UNIT", "AGENCY", "PROVINCE"}) String kind,
            @Schema(description = "User name, AGENCY/UNIT, agency code or province code") String subject,
            String name,
            @Schema(description = "Σ of the indicator scores") BigDecimal total,
            @Schema(description = "2 per indicator with data") BigDecimal max,
            @Schema(description = "Art. 15 cl. 3; null for a unit", nullable = true) String band,
            @Schema(nullable = true) String bandLabel,
            @Schema(description = "Dossiers resolved in the period it counts") int dossiers) {
        static Ranked of(EvaluationQueries.Ranked r) {
            Scorecard s = r.scorecard();
            return new Ranked(r.kind().name(), r.subject(), r.subject(), s.total(), s.max(),
                    s.band().map(Band::name).orElse(null), s.band().map(Band::label).orElse(null), s.dossiers());
        }
    }

    @Schema(description = "One indicator of a scorecard: Σ points / dossiers, rounded half up to one decimal")
    public record Indicator(int indicator, String name, @Schema(nullable = true) BigDecimal score, int pointsSum,
            int dossiers, @Schema(enumeration = {"SCORED", "NO_DATA"}) String status, String reason) {
    }

    @Schema(description = "An item entered by hand (e.g. tự đánh giá của người đứng đầu), shown apart")
    public record Manual(String item, String label, @Schema(nullable = true) BigDecimal points, String note,
            String enteredBy, Instant enteredAt) {
        static Manual of(CitizenSignals.ManualItem m) {
            return new Manual(m.item(), m.label(), m.points(), m.note(), m.enteredBy(), m.enteredAt());
        }
    }

    @Schema(description = "Kết quả đánh giá of one subject and period, with each indicator's inputs")
    public record Detail(String kind, String subject, String name, String province, Period period, String policy,
            List<Indicator> indicators, BigDecimal total, BigDecimal max, @Schema(nullable = true) String band,
            @Schema(nullable = true) String bandLabel, int dossiers, List<Manual> manual, Instant computedAt) {
        static Detail of(EvaluationQueries.ScorecardView v) {
            Scorecard s = v.scorecard();
            EvaluationPolicy policy = EvaluationPolicies.byId(s.policy());
            return new Detail(s.kind().name(), s.subject(), s.subject(), v.province().value(), Period.of(s.period()),
                    s.policy(), s.indicators().stream().map(i -> new Indicator(i.indicator(),
                            policy.indicatorName(i.indicator()), i.score(), i.pointsSum(), i.dossiers(),
                            i.status().name(), i.reason())).toList(),
                    s.total(), s.max(), s.band().map(Band::name).orElse(null), s.band().map(Band::label).orElse(null),
                    s.dossiers(), v.manual().stream().map(Manual::of).toList(), v.computedAt());
        }
    }

    @Schema(description = "A dossier behind a scorecard and its points per indicator")
    public record Component(UUID dossierId, String dossierCode, Instant resolvedAt,
            @Schema(description = "Indicator number → points, e.g. {\"1\": 2, \"3\": 1}") Map<String, Integer> points) {
        static Component of(Scorecards.Component c) {
            Map<String, Integer> points = new TreeMap<>();
            c.points().forEach((k, v) -> points.put(k.toString(), v));
            return new Component(c.dossierId(), c.dossierCode(), c.resolvedAt(), points);
        }
    }

    @Schema(description = "One quarter of the chart over periods")
    public record History(Period period, BigDecimal total, BigDecimal max, @Schema(nullable = true) String band) {
        static History of(Scorecard s) {
            return new History(Period.of(s.period()), s.total(), s.max(), s.band().map(Band::name).orElse(null));
        }
    }
}
