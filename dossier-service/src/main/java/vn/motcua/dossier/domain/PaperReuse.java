package vn.motcua.dossier.domain;

import java.util.Optional;

/**
 * Whether a paper may be taken from an earlier dossier instead of asked again: the one-stop reuses data and
 * papers the applicant already gave (Decree 118/2025 Art. 5 cl. 1i, Art. 17 cl. 1; Decision 766 counts dossiers
 * that reuse them). A paper is reusable when it was accepted with another dossier of the same applicant (the same
 * id number) in the same province. Every refusal reads the same, so the answer never tells whether another
 * applicant's dossier of that code exists.
 */
public final class PaperReuse {
    public static final String REFUSAL = "is not a dossier of this applicant in your province with this paper"
            + " accepted";

    private PaperReuse() {
    }

    /** What the service found under the dossier code named as the source. */
    public record Source(String applicantIdNumber, boolean sameDossier, boolean accepted, boolean hasPaper) {
    }

    /**
     * Empty when the reuse stands; otherwise the refusal.
     *
     * @param applicantIdNumber the id number of the dossier's applicant; null when none was given
     * @param source            empty when no dossier of that code is in the province
     */
    public static Optional<String> refusal(String applicantIdNumber, Optional<Source> source) {
        boolean ok = applicantIdNumber != null && source.isPresent()
                && applicantIdNumber.equals(source.get().applicantIdNumber())
                && !source.get().sameDossier() && source.get().accepted() && source.get().hasPaper();
        return ok ? Optional.empty() : Optional.of(REFUSAL);
    }
}
