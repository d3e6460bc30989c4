package vn.motcua.catalog.service;

import java.util.List;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/** The refusals of the organisation register, each naming the request field a caller can correct. */
final class OrganisationProblems {
    private OrganisationProblems() {
    }

    static ProblemException duplicate(String what, String field, String value) {
        return new ProblemException(409, "duplicate-" + what, "Already registered",
                "Your province already has a " + what + " with " + field + " " + value + ".",
                List.of(new Problem.FieldError(field, "already exists in your province")));
    }

    static ProblemException duplicateUnit(String agency, String code) {
        return new ProblemException(409, "duplicate-unit", "Already registered",
                "Agency " + agency + " already has a unit " + code + ".",
                List.of(new Problem.FieldError("code", "already exists in this agency")));
    }

    /** A well-formed code that names no agency the caller's province has (or none active today). */
    static ProblemException unknownAgency(String field, String code, String why) {
        return new ProblemException(422, "unknown-agency", "Unknown agency",
                "Agency " + code + " " + why + ".", List.of(new Problem.FieldError(field, why)));
    }

    static ProblemException unknownField(String field, String code, String why) {
        return new ProblemException(422, "unknown-field", "Unknown field",
                "Field " + code + " " + why + ".", List.of(new Problem.FieldError(field, why)));
    }

    static ProblemException loop(String agency, String parent) {
        return new ProblemException(422, "agency-loop", "Agency hierarchy loop",
                "Agency " + parent + " is " + agency + " itself or belongs to it, so it cannot be its parent.",
                List.of(new Problem.FieldError("parent", "is this agency or one of its own sub-agencies")));
    }

    static ProblemException invalid(String field, String message) {
        return ProblemException.invalidField(field, message);
    }
}
