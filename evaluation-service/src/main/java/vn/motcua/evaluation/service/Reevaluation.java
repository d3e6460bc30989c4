package vn.motcua.evaluation.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Recompute what a late fact affects: the dossier's evaluation (published again when a point changed) and the
 * scorecards of its periods; or, for feedback about an agency, that agency's scorecards of the period of the day.
 * Called in the caller's transaction (MANDATORY), as the current province.
 */
public interface Reevaluation {
    void dossierChanged(UUID dossierId);

    void agencyChanged(String agency, LocalDate day);
}
