package vn.motcua.evaluation.domain;

import java.util.List;
import java.util.UUID;

/**
 * A dossier's evaluation under one policy: each per-dossier indicator, and the share of each officer who handled it
 * (an officer is scored on indicators 1, 2, 3, 4 and 7 of the dossiers they handled, Circular 01/2018/TT-VPCP
 * Art. 15 cl. 1; indicator 2 is their own step's time against its share).
 */
public record DossierEvaluation(UUID dossierId, String policy, List<IndicatorResult> indicators,
        List<OfficerShare> officers) {

    public DossierEvaluation {
        indicators = List.copyOf(indicators);
        officers = List.copyOf(officers);
    }

    /**
     * @param role        RECEPTION, PROCESSING or RESOLUTION (the first one that applies, for display)
     * @param indicators  the indicators the officer is scored on for this dossier (1, 2, 3, 4, 7)
     */
    public record OfficerShare(String officer, String role, List<IndicatorResult> indicators) {
        public OfficerShare {
            indicators = List.copyOf(indicators);
        }
    }

    public int totalPoints() {
        return indicators.stream().filter(IndicatorResult::isScored).mapToInt(IndicatorResult::points).sum();
    }

    public int maxPoints() {
        return 2 * (int) indicators.stream().filter(IndicatorResult::isScored).count();
    }
}
