package vn.motcua.evaluation.domain;

/**
 * An indicator scored per dossier (Circular 01/2018/TT-VPCP Art. 14 cl. 1: indicators 1, 2, 3, 4, 6, 7). One class
 * per indicator, its article in its Javadoc.
 */
public interface DossierIndicator {
    int number();

    IndicatorResult evaluate(DossierFacts facts, EvaluationContext context);
}
