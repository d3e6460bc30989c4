package vn.motcua.evaluation.domain;

/**
 * An indicator scored per dossier (Circular 01/2018/TT-VPCP Art. 14 cl. 1: indicators 1, 2, 3, 4, 6, 7). One class
 * per indicator, its article in its Javadoc.
 */
public interface DossierIndicator {
    int number();

    IndicatorResult evaluate(DossierFacts facts, EvaluationContext context);

    /**
     * Pending, not zero: a per-dossier indicator is scored at the dossier's resolution (Art. 14 cl. 1); before it the
     * facts are not all known, and an unknown indicator is left out, never counted as 0 (Art. 15 cl. 4b).
     */
    static IndicatorResult unresolved(int indicator) {
        return IndicatorResult.pending(indicator, "Chưa giải quyết xong");
    }
}
