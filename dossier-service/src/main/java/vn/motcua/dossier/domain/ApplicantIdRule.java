package vn.motcua.dossier.domain;

import java.util.Optional;

/**
 * Which number identifies an applicant of each kind, and whether the one given is valid: a citizen by the personal
 * identification number ({@link CitizenIdNumber}, Circular 59/2021/TT-BCA), an organisation by its tax code
 * ({@link TaxCode}, Circular 105/2020/TT-BTC). One rule wherever a dossier comes from: the desk, a portal, an import.
 * The problem never repeats the number: problems are logged, and the number is personal data.
 */
public final class ApplicantIdRule {
    private ApplicantIdRule() {
    }

    /** Why {@code id} cannot identify an applicant of {@code kind} (null kind: a citizen), if it cannot. */
    public static Optional<String> problem(ApplicantKind kind, String id, int thisYear) {
        ApplicantKind k = kind == null ? ApplicantKind.CITIZEN : kind;
        if (id == null) {
            // a person's paper dossier of the thin slice named only the person; an organisation is known by its
            // tax code and nothing else
            return k == ApplicantKind.ORGANISATION ? Optional.of("an organisation is identified by its tax code")
                    : Optional.empty();
        }
        return k == ApplicantKind.CITIZEN ? CitizenIdNumber.problem(id, thisYear) : TaxCode.problem(id);
    }
}
