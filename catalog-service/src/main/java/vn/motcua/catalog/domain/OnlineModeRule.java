package vn.motcua.catalog.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * The online service mode in the terms of the law in force on the version's effective date. Before Decree
 * 42/2022/NĐ-CP, online public services had levels 1 to 4 (Decree 43/2011/NĐ-CP Art. 3; a procedure offered
 * online was at level 2, 3 or 4); Decree 42/2022/NĐ-CP Art. 11 replaced them by full-process (toàn trình) and
 * partial (một phần) online services, from its effective date, 01/8/2022 (signed 24/6/2022 [3rd-party]; the
 * effective date is the one the province reports use, not read in the decree's text: verify). A version keeps the
 * terms it was published under; "not online" (NONE) holds under both. Decree 224/2026/NĐ-CP Art. 14 (from
 * 01/7/2026) restates the levels; its terms are not modelled yet, so versions from then on use 42/2022's.
 */
public final class OnlineModeRule {
    /** The first day online services are full-process or partial (Decree 42/2022/NĐ-CP in force). */
    public static final LocalDate DECREE_42_2022_IN_FORCE = LocalDate.of(2022, 8, 1);

    private OnlineModeRule() {
    }

    public static Optional<RuleViolation> check(OnlineMode mode, LocalDate effectiveFrom) {
        boolean before42 = effectiveFrom.isBefore(DECREE_42_2022_IN_FORCE);
        return switch (mode) {
            case NONE -> Optional.empty();
            case LEVEL_2, LEVEL_3, LEVEL_4 -> before42 ? Optional.empty() : Optional.of(new RuleViolation("onlineMode",
                    "levels 2-4 ended when Decree 42/2022/NĐ-CP took effect (2022-08-01): use PARTIAL or FULL"));
            case PARTIAL, FULL -> before42 ? Optional.of(new RuleViolation("onlineMode",
                    "PARTIAL and FULL exist from Decree 42/2022/NĐ-CP (2022-08-01): before it use LEVEL_2 to LEVEL_4"))
                    : Optional.empty();
        };
    }
}
