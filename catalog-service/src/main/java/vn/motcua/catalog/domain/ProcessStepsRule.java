package vn.motcua.catalog.domain;

import java.util.List;
import java.util.Optional;
import vn.motcua.events.ProcedureTerms.ProcessStep;

/**
 * The internal process (quy trình nội bộ) divides the time limit between units: the shares of its steps add up to
 * 100 % when steps are given (the electronic process a province approves assigns each step a part of the whole
 * time limit: Decree 118/2025/NĐ-CP Art. 19 cl. 1 on the internal, inter-connected and electronic processes;
 * Decree 61/2018 Art. 2 cl. 8 in its era). No steps: the process is not described yet.
 */
public final class ProcessStepsRule {
    private ProcessStepsRule() {
    }

    public static Optional<RuleViolation> check(List<ProcessStep> steps) {
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        int total = steps.stream().mapToInt(ProcessStep::sharePercent).sum();
        return total == 100 ? Optional.empty()
                : Optional.of(new RuleViolation("steps", "shares add up to " + total + " %, not 100 %"));
    }
}
