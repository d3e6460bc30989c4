package vn.motcua.evaluation.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Chỉ số 4: số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ (Circular 01/2018/TT-VPCP Art. 13;
 * per dossier, Art. 14 cl. 1): none 2 points; one (only the one-stop desk, or only one agency) 1; more than one 0.
 * The places counted are those that asked the applicant for something: the one-stop desk when it asked before
 * acceptance, and each distinct agency that asked a supplement during appraisal, a co-operating agency of an
 * inter-connected procedure (liên thông, Decree 118/2025 Art. 20) included. A supplement whose agency is not known
 * is counted as the competent agency's. (The law also admits bodies of field inspection or councils where a law
 * requires them; the platform has no such fact, so it cannot grant that exception.) Known at resolution.
 */
public final class AgenciesContactedIndicator implements DossierIndicator {
    public static final int NUMBER = 4;
    public static final String NAME = "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ TTHC";
    static final String ONE_STOP = "bộ phận một cửa";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(DossierFacts facts, EvaluationContext context) {
        if (facts.resolution().isEmpty()) {
            return DossierIndicator.unresolved(NUMBER);
        }
        Set<String> places = new LinkedHashSet<>();
        if (facts.receptionRequests() > 0) {
            places.add(ONE_STOP);
        }
        for (DossierFacts.Supplement s : facts.supplements()) {
            places.add(s.agency() == null ? facts.agency() : s.agency());
        }
        if (places.isEmpty()) {
            return IndicatorResult.scored(NUMBER, 2, "Không phải liên hệ nơi nào để hoàn thiện hồ sơ");
        }
        return IndicatorResult.scored(NUMBER, places.size() == 1 ? 1 : 0,
                "Phải liên hệ " + places.size() + " nơi: " + String.join(", ", places));
    }
}
