package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.events.ProcedureTerms.CaseVariant;

/**
 * Case variants (trường hợp) of a procedure, each with its own time limit (thời hạn giải quyết, a component every
 * published procedure states: Decree 63/2010/NĐ-CP Art. 8 cl. 2 point d, as amended by Decree 92/2017/NĐ-CP).
 *
 * <ul>
 * <li>At least one: a dossier is always received under one case, and its deadline comes from it.</li>
 * <li>Codes are unique within the version: the desk names the case by its code, and a code that meant two cases
 * would be guessed, never told.</li>
 * <li>A time limit of 0 (resolved at once) only for a "4 tại chỗ" procedure (received, appraised, approved and
 * returned at the desk: Decree 118/2025 Art. 17 cl. 4 on procedures resolved on the spot). Any other procedure
 * passes between the desk and the competent agency (Art. 18), which takes at least part of a working day.</li>
 * </ul>
 */
public final class CaseVariantsRule {
    private CaseVariantsRule() {
    }

    public static List<RuleViolation> check(List<CaseVariant> variants, boolean fourOnTheSpot) {
        List<RuleViolation> violations = new ArrayList<>();
        if (variants.isEmpty()) {
            violations.add(new RuleViolation("caseVariants", "must name at least one case (trường hợp)"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            CaseVariant v = variants.get(i);
            if (!codes.add(v.code())) {
                violations.add(new RuleViolation("caseVariants[" + i + "].code", "is given to another case too"));
            }
            if (v.timeLimit().value() == 0 && !fourOnTheSpot) {
                violations.add(new RuleViolation("caseVariants[" + i + "].timeLimit.value",
                        "may be 0 only for a procedure resolved on the spot (fourOnTheSpot)"));
            }
        }
        return violations;
    }
}
