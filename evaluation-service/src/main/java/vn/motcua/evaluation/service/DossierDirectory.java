package vn.motcua.evaluation.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.EvaluationContext;

/**
 * The dossiers evaluation-service knows from dossier-service's events (its projection), as the rating and feedback
 * use cases need them: whether one exists in the current province, its agency, whether its result was returned.
 */
public interface DossierDirectory {
    Optional<DossierSummary> find(UUID dossierId);

    Optional<DossierSummary> findByCode(String dossierCode);

    /** The province's clock and working days (its calendar replica; weekends only until one arrives). */
    EvaluationContext context(String province);

    /** The day the province cuts its reporting periods on, as in force on {@code day} (15 by default). */
    int cutoffDay(String province, java.time.LocalDate day);

    /**
     * @param officers who accepted, processed and resolved it
     * @param returnedAt null while the result was not handed over
     */
    record DossierSummary(UUID dossierId, String dossierCode, String province, String agency, String unit,
            List<String> officers, Instant resolvedAt, Instant returnedAt) {
    }
}
