package vn.motcua.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A scheme of evaluation, chosen by the dossier's rule set (domain.md §1, §5), so a later circular can change it
 * without rewriting history: each dossier keeps the scheme of its reception day. {@code EvaluationPolicies} maps a
 * rule set to its policy.
 */
public interface EvaluationPolicy {
    /** e.g. {@code TT01-2018}; stored with each evaluation. */
    String id();

    /** The per-dossier indicators (Art. 14 cl. 1). */
    List<DossierIndicator> perDossier();

    /** Evaluates the dossier; empty when it is not evaluable (withdrawn, closed, never accepted). */
    Optional<DossierEvaluation> evaluate(DossierFacts facts, EvaluationContext context);

    /** The per-unit indicators (Art. 14 cl. 2: 5, 8, 9; 6 of a unit is the mean of its dossiers' points). */
    List<UnitIndicator> perUnit();

    /** Evaluates the per-unit indicators of a unit or agency for a period, keyed by indicator number. */
    java.util.Map<Integer, IndicatorResult> evaluateUnit(UnitPeriodFacts facts, EvaluationContext context);

    /** The indicator's name in Vietnamese, as Art. 13 words it (e.g. 1: "Tổng thời gian giải quyết hồ sơ"). */
    String indicatorName(int indicator);

    /** The indicators of each scorecard kind: officer 1, 2, 3, 4, 7; unit 5, 6, 8, 9; agency all nine. */
    Set<Integer> indicatorsOf(SubjectKind kind);

    /** The ranking of Art. 15 cl. 3 for a total; empty where the law ranks none. */
    Optional<Band> band(SubjectKind kind, BigDecimal total);
}
