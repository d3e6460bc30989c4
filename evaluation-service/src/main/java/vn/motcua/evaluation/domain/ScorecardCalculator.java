package vn.motcua.evaluation.domain;

import vn.motcua.events.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A scorecard as Circular 01/2018/TT-VPCP Art. 15 computes it: each indicator's score is the points of the dossiers
 * that scored it over their number, rounded half up to one decimal (cl. 2); the total is the sum of those rounded
 * scores; an indicator without data is left out of the total and of the maximum (cl. 4b); the ranking is the
 * policy's (cl. 3). A per-unit indicator (5, 8, 9) is the unit's own points; indicator 6 of a unit, agency or
 * province is the mean of its dossiers' points, like the others.
 *
 * <p>Why a mean per indicator, then a sum: the seed's "648 points for 324 dossiers, 2/2 on average" divides a sum
 * over several indicators by the dossiers; the law averages each indicator, so a scorecard of five indicators all
 * at 2 is 10, not 2.
 */
public final class ScorecardCalculator {
    private ScorecardCalculator() {
    }

    /**
     * @param dossiers    the dossiers of the subject in the period (resolved in it), each with its scored points
     *                    ({@link #pointsOf}; pending and no-data indicators absent)
     * @param unitResults the per-unit indicators of the policy for the subject (from
     *                    {@link EvaluationPolicy#evaluateUnit}); an absent or unscored one has no data
     */
    public static Scorecard compute(EvaluationPolicy policy, SubjectKind kind, String subject, ReportingPeriod period,
            List<Scorecard.DossierPoints> dossiers, Map<Integer, IndicatorResult> unitResults) {
        Set<Integer> perUnit = policy.perUnit().stream().map(UnitIndicator::number).collect(Collectors.toSet());
        List<Scorecard.IndicatorScore> scores = new ArrayList<>();
        for (int indicator : policy.indicatorsOf(kind)) {
            scores.add(perUnit.contains(indicator) ? unitScore(indicator, unitResults.get(indicator))
                    : mean(indicator, dossiers));
        }
        List<Scorecard.IndicatorScore> scored = scores.stream()
                .filter(s -> s.status() == IndicatorResult.Status.SCORED).toList();
        BigDecimal total = scored.stream().map(Scorecard.IndicatorScore::score)
                .reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        BigDecimal max = BigDecimal.valueOf(2L * scored.size());
        return new Scorecard(kind, subject, period, policy.id(), scores, total, max, policy.band(kind, total),
                dossiers.size());
    }

    /**
     * A dossier's scored points, the component of a mean: for an officer's scorecard pass their
     * {@link DossierEvaluation.OfficerShare#indicators()} (indicator 2 is their own step), for the others the
     * dossier's {@link DossierEvaluation#indicators()}. Pending and no-data indicators are left out.
     */
    public static Scorecard.DossierPoints pointsOf(UUID dossierId, String dossierCode,
            List<IndicatorResult> indicators) {
        Map<Integer, Integer> points = new LinkedHashMap<>();
        indicators.stream().filter(IndicatorResult::isScored).forEach(r -> points.put(r.indicator(), r.points()));
        return new Scorecard.DossierPoints(dossierId, dossierCode, points);
    }

    /** Σ points / dossiers that scored it, half up to one decimal (Art. 15 cl. 2). */
    static Scorecard.IndicatorScore mean(int indicator, List<Scorecard.DossierPoints> dossiers) {
        int sum = 0;
        int count = 0;
        for (Scorecard.DossierPoints d : dossiers) {
            Integer points = d.points().get(indicator);
            if (points != null) {
                sum += points;
                count++;
            }
        }
        if (count == 0) {
            return new Scorecard.IndicatorScore(indicator, null, 0, 0, IndicatorResult.Status.NO_DATA,
                    "Không có hồ sơ có dữ liệu");
        }
        BigDecimal score = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new Scorecard.IndicatorScore(indicator, score, sum, count, IndicatorResult.Status.SCORED,
                sum + " điểm / " + count + " hồ sơ");
    }

    private static Scorecard.IndicatorScore unitScore(int indicator, IndicatorResult result) {
        if (result == null || !result.isScored()) {
            return new Scorecard.IndicatorScore(indicator, null, 0, 0, IndicatorResult.Status.NO_DATA,
                    result == null ? "Chưa có dữ liệu" : result.reason());
        }
        return new Scorecard.IndicatorScore(indicator, BigDecimal.valueOf(result.points()).setScale(1), 0, 0,
                IndicatorResult.Status.SCORED, result.reason());
    }
}
