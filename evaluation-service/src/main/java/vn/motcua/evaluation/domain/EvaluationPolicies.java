package vn.motcua.evaluation.domain;

import java.util.Objects;
import java.util.Optional;
import vn.motcua.events.RuleSet;

/**
 * The single switch from a dossier's rule set to its evaluation scheme (domain.md §1: a dossier keeps the scheme of
 * its reception day). Both rule sets use Circular 01/2018/TT-VPCP for now: Decree 118/2025 keeps the nine rating
 * contents (Art. 33 cl. 1), and Circular 03/2025's evaluation part is unverified (domain.md §5.2); when it is read,
 * {@code DECREE_118_2025} gets its own policy here and nothing else changes.
 */
public final class EvaluationPolicies {
    private static final Circular01Policy CIRCULAR_01_2018 = new Circular01Policy();

    private EvaluationPolicies() {
    }

    public static EvaluationPolicy forRuleSet(RuleSet ruleSet) {
        return switch (Objects.requireNonNull(ruleSet, "ruleSet")) {
            case DECREE_61_2018, DECREE_118_2025 -> CIRCULAR_01_2018;
        };
    }

    /**
     * The policy a stored evaluation names.
     *
     * @throws IllegalArgumentException for an id no policy has (a stored id always names one)
     */
    public static EvaluationPolicy byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no evaluation policy " + id));
    }

    public static Optional<EvaluationPolicy> find(String id) {
        return Circular01Policy.ID.equals(id) ? Optional.of(CIRCULAR_01_2018) : Optional.empty();
    }
}
