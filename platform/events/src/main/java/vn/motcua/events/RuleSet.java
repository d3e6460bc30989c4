package vn.motcua.events;

/**
 * The one-stop rules a dossier is handled under, fixed on its reception day and never re-judged under later rules
 * (domain.md §1): Decree 61/2018/NĐ-CP (as amended by Decree 107/2021/NĐ-CP) until 30/6/2025, Decree 118/2025/NĐ-CP
 * from 1/7/2025, when 61/2018 and 107/2021 cease (Decree 118/2025 Art. 40 cl. 1). Forms, evaluation and reports
 * are keyed by it.
 */
public enum RuleSet {
    DECREE_61_2018, DECREE_118_2025
}
