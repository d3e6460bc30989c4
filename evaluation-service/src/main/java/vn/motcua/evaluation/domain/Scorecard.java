package vn.motcua.evaluation.domain;

import vn.motcua.events.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scorecard of a period (Circular 01/2018/TT-VPCP Art. 15): each indicator's score, their total, the maximum of
 * the indicators with data and the ranking. Built by {@code ScorecardCalculator} from per-dossier points and
 * per-unit results; the components say which dossiers gave which points, so an official sees why.
 *
 * @param max 2 per indicator with data (an indicator without data is left out, Art. 15 cl. 4b)
 */
public record Scorecard(SubjectKind kind, String subject, ReportingPeriod period, String policy,
        List<IndicatorScore> indicators, BigDecimal total, BigDecimal max, Optional<Band> band, int dossiers) {

    public Scorecard {
        indicators = List.copyOf(indicators);
        band = band == null ? Optional.empty() : band;
    }

    /**
     * @param score     Σ points / dossiers, rounded half up to one decimal (Art. 15 cl. 2); for a per-unit indicator
     *                  its points
     * @param pointsSum Σ points over the dossiers (0 for a per-unit indicator)
     * @param dossiers  how many dossiers scored it (0 for a per-unit indicator)
     * @param status    SCORED, or NO_DATA (then {@code score} is null and it is left out of the total)
     * @param reason    for a per-unit indicator, the rule's Vietnamese reason; for a mean, e.g. "30 điểm / 20 hồ sơ"
     */
    public record IndicatorScore(int indicator, BigDecimal score, int pointsSum, int dossiers,
            IndicatorResult.Status status, String reason) {
    }

    /** One dossier's scored points, the component behind a mean. */
    public record DossierPoints(java.util.UUID dossierId, String dossierCode, java.util.Map<Integer, Integer> points) {
        public DossierPoints {
            points = java.util.Map.copyOf(points);
        }
    }
}
