package vn.motcua.dossier.service;

import java.util.List;
import vn.motcua.dossier.domain.ApplicantIdRule;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/**
 * Checks the applicant's id number by the rule of its kind (ApplicantIdRule): 422 naming
 * {@code applicant.idNumber}, whose message never repeats the number (problems are logged by correlation id).
 */
final class ApplicantIds {
    static final String FIELD = "applicant.idNumber";

    private ApplicantIds() {
    }

    static void check(ReceiveDossierCommand.Applicant applicant, int thisYear) {
        ApplicantIdRule.problem(applicant.kind(), applicant.idNumber(), thisYear).ifPresent(p -> {
            throw invalid(p);
        });
    }

    private static ProblemException invalid(String why) {
        return new ProblemException(422, "invalid-id-number", "Invalid id number",
                "The applicant's id number is refused: " + why + ".", List.of(new Problem.FieldError(FIELD, why)));
    }
}
