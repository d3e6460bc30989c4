package vn.motcua.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The evaluation of one dossier changed (đánh giá việc giải quyết hồ sơ): all its per-dossier indicators as they
 * now stand, under the scheme of its rule set (Circular 01/2018/TT-VPCP Art. 13-15: indicators 1, 2, 3, 4, 6
 * and 7 are scored per dossier, each 0, 1 or 2 points). Published when the dossier is resolved and again, with a
 * higher {@code revision}, whenever a later fact changes a point (a rating, a complaint found true, a corrected
 * rule); a consumer keeps the highest revision. Type {@code .v2}: the thin slice's v1 (one indicator per event)
 * was retired before any deployment.
 *
 * @param policy      the evaluation scheme that scored it, e.g. {@code TT01-2018} (chosen by the rule set)
 * @param unit        the unit that resolved it; null when unknown (an imported dossier)
 * @param officers    the officers who handled it (accepted, processed, resolved), whose scorecards count it
 * @param indicators  one entry per per-dossier indicator of the policy, pending ones included
 * @param totalPoints the sum of the scored indicators' points (pending ones left out, Art. 15 cl. 2)
 * @param maxPoints   2 per scored indicator
 * @param revision    1 for the first evaluation, one more per change
 */
public record DossierEvaluated(
        UUID dossierId,
        String dossierCode,
        String agency,
        @OptionalField String unit,
        RuleSet ruleSet,
        String policy,
        List<String> officers,
        List<IndicatorPoints> indicators,
        int totalPoints,
        int maxPoints,
        Instant resolvedAt,
        int revision,
        Instant evaluatedAt) implements DomainEvent {

    public DossierEvaluated {
        officers = List.copyOf(officers);
        indicators = List.copyOf(indicators);
    }

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }

    /**
     * One indicator of the dossier.
     *
     * @param indicator 1 to 9, as numbered in Circular 01/2018/TT-VPCP Art. 13
     * @param points    0, 1 or 2; null while pending (its facts are not known yet: not zero)
     * @param reason    why, in Vietnamese, for the official who reads the scorecard
     */
    public record IndicatorPoints(int indicator, @OptionalField Integer points, String reason) {
        public IndicatorPoints {
            Objects.requireNonNull(reason, "indicators[].reason");
        }
    }
}
