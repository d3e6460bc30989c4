package vn.motcua.evaluation.domain;

/** An indicator scored per one-stop unit and agency for a period (Circular 01/2018/TT-VPCP Art. 14 cl. 2). */
public interface UnitIndicator {
    int number();

    IndicatorResult evaluate(UnitPeriodFacts facts, EvaluationContext context);
}
