package vn.motcua.catalog.service;

import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.catalog.domain.RuleViolation;
import vn.motcua.catalog.domain.VersionTimeline;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/** The catalogue's refusals as problems the caller can act on, each naming the field. */
final class Refusals {
    private Refusals() {
    }

    /** A rule of the domain refused well-formed terms: 422, every failing field named (under {@code prefix}). */
    static void refuseIfAny(String prefix, List<RuleViolation> found) {
        if (found.isEmpty()) {
            return;
        }
        List<RuleViolation> violations = found.stream()
                .map(v -> new RuleViolation(prefix + v.field(), v.message())).toList();
        throw new ProblemException(422, "catalogue-rule", "Refused by a rule of the catalogue",
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
    }

    /** A date the version timeline refuses: in the past is the caller's error (422), an overlap a conflict (409). */
    static ProblemException timeline(VersionTimeline.Refusal refusal) {
        List<Problem.FieldError> field = List.of(new Problem.FieldError("effectiveFrom", refusal.message()));
        return switch (refusal.kind()) {
            case NOT_AFTER_TODAY -> new ProblemException(422, "catalogue-rule", "Refused by a rule of the catalogue",
                    "effectiveFrom: " + refusal.message(), field);
            case OVERLAPS -> new ProblemException(409, "version-overlap", "Versions would overlap",
                    "effectiveFrom: " + refusal.message(), field);
            case LATER_VERSION_SCHEDULED -> new ProblemException(409, "version-scheduled",
                    "A later version is scheduled", "effectiveFrom: " + refusal.message(), field);
        };
    }

    static ProblemException illegalTransition(String code, String why) {
        return new ProblemException(409, "illegal-transition", "Action not allowed now",
                "Procedure " + code + ": " + why + ".");
    }

    static ProblemException sameActionDifferentDecision(String code, String what) {
        return new ProblemException(409, "illegal-transition", "Already " + what,
                "Procedure " + code + " is already " + what + " by another decision or from another date.",
                List.of(new Problem.FieldError("decision", "differs from the decision already recorded")));
    }
}
