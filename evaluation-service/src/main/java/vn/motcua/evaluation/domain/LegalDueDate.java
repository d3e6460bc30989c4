package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The legal due date of a dossier, against which indicators 1 and 7 (Circular 01/2018/TT-VPCP Art. 13) compare the
 * resolution: the appointed date after every restart (a supplement during appraisal restarts the time limit from
 * zero, Decree 118/2025 Art. 19 cl. 5; Decree 61/2018 Art. 19 cl. 3), but the date before an apology (Art. 19
 * cl. 6 lets the agency set a new date and apologise; it does not make the legal time longer, so a dossier finished
 * by the new date is still late in law).
 *
 * @param due            the date to compare with
 * @param beforeApology  true when an apology moved the appointed date and {@code due} is the date before it
 */
record LegalDueDate(Instant due, boolean beforeApology) {

    /** Without an appointed date there is nothing to compare with: no data, not zero. */
    static IndicatorResult missing(int indicator) {
        return IndicatorResult.noData(indicator, "Hồ sơ không có ngày hẹn trả");
    }

    /** Empty when the dossier has no appointed date (never accepted, or a procedure without a time limit). */
    static Optional<LegalDueDate> of(DossierFacts facts) {
        if (facts.extension().isPresent() && facts.extension().get().dueBefore() != null) {
            return Optional.of(new LegalDueDate(facts.extension().get().dueBefore(), true));
        }
        return Optional.ofNullable(facts.dueAt()).map(due -> new LegalDueDate(due, false));
    }
}
