package vn.motcua.dossier.service;

import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.CitizenIdNumber;
import vn.motcua.dossier.domain.TaxCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/**
 * Checks the applicant's id number by the rule of its kind (CitizenIdNumber, TaxCode): 422 naming
 * {@code applicant.idNumber}, whose message never repeats the number (problems are logged by correlation id).
 */
final class ApplicantIds {
    static final String FIELD = "applicant.idNumber";

    private ApplicantIds() {
    }

    static void check(ReceiveDossierCommand.Applicant applicant, int thisYear) {
        ApplicantKind kind = applicant.kind() == null ? ApplicantKind.CITIZEN : applicant.kind();
        String id = applicant.idNumber();
        if (id == null) {
            // a person's paper dossier of the thin slice named only the person; an organisation is known by its
            // tax code and nothing else
            if (kind == ApplicantKind.ORGANISATION) {
                throw invalid("an organisation is identified by its tax code");
            }
            return;
        }
        Optional<String> problem = kind == ApplicantKind.CITIZEN ? CitizenIdNumber.problem(id, thisYear)
                : TaxCode.problem(id);
        problem.ifPresent(p -> {
            throw invalid(p);
        });
    }

    private static ProblemException invalid(String why) {
        return new ProblemException(422, "invalid-id-number", "Invalid id number",
                "The applicant's id number is refused: " + why + ".", List.of(new Problem.FieldError(FIELD, why)));
    }
}
