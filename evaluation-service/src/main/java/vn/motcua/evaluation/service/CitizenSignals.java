package vn.motcua.evaluation.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;

/**
 * What people tell evaluation-service and no dossier event can: the applicant's rating, complaints and petitions
 * (phản ánh, kiến nghị) and the items an agency enters by hand. evaluation-service's own records (not a projection:
 * a rebuild from the topics keeps them). Read in the caller's transaction, as the current province.
 */
public interface CitizenSignals {
    Optional<DossierFacts.Rating> ratingOf(UUID dossierId);

    List<DossierFacts.Complaint> complaintsAbout(UUID dossierId);

    /** Feedback about the agency (any unit) received in the period, or received before it and still open at its start. */
    List<UnitPeriodFacts.FeedbackItem> feedbackOf(String agency, ReportingPeriod period);

    /** Ratings of the agency's dossiers (or the province's, when agency is null) submitted in the period. */
    RatingCounts ratingsIn(String agency, ReportingPeriod period);

    /** The items entered by hand for the agency and period (latest of each item), shown apart from computed ones. */
    List<ManualItem> manualItems(String agency, ReportingPeriod period);

    /** @param dissatisfied ratings with any content rated 0 (không hài lòng) */
    record RatingCounts(int ratings, int dissatisfied) {
    }

    /**
     * An item no event can tell (e.g. the head's self-assessment), with who entered it and when.
     *
     * @param item  e.g. {@code HEAD_SELF_ASSESSMENT}, {@code POSTED_AT_ONE_STOP}
     * @param label Vietnamese
     * @param points null when the item is text only
     */
    record ManualItem(String item, String label, java.math.BigDecimal points, String note, String enteredBy,
            Instant enteredAt) {
    }
}
