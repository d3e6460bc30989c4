package vn.motcua.catalog.domain;

import java.util.List;
import java.util.Optional;
import vn.motcua.events.ProcedureTerms.Mechanism;

/**
 * One-stop (một cửa) or inter-connected one-stop (một cửa liên thông): the inter-connected mechanism is the
 * resolution of one procedure, or a group of them, by several competent agencies (Decree 61/2018/NĐ-CP Art. 3
 * cl. 2; Decree 118/2025/NĐ-CP Art. 3), so it names at least one co-operating agency; a one-stop procedure is
 * resolved by its own agency and names none.
 */
public final class MechanismRule {
    private MechanismRule() {
    }

    public static Optional<RuleViolation> check(Mechanism mechanism, List<String> cooperatingAgencies) {
        return switch (mechanism) {
            case INTER_CONNECTED -> cooperatingAgencies.isEmpty()
                    ? Optional.of(new RuleViolation("cooperatingAgencies",
                            "an inter-connected procedure names at least one co-operating agency"))
                    : Optional.empty();
            case ONE_STOP -> cooperatingAgencies.isEmpty() ? Optional.empty()
                    : Optional.of(new RuleViolation("cooperatingAgencies",
                            "a one-stop procedure has no co-operating agency (use INTER_CONNECTED)"));
        };
    }
}
