package vn.motcua.evaluation.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;
import vn.motcua.evaluation.service.CitizenSignals;

/**
 * Ratings a test gives by hand, in place of the service's records: an {@code @Alternative} only the profile of
 * {@code LateRatingTest} enables, so every other test keeps the service's own bean.
 */
@Alternative
@ApplicationScoped
public class GivenCitizenSignals implements CitizenSignals {
    private final Map<UUID, DossierFacts.Rating> ratings = new ConcurrentHashMap<>();

    public void rate(UUID dossierId, DossierFacts.Rating rating) {
        ratings.put(dossierId, rating);
    }

    @Override
    public Optional<DossierFacts.Rating> ratingOf(UUID dossierId) {
        return Optional.ofNullable(ratings.get(dossierId));
    }

    @Override
    public List<DossierFacts.Complaint> complaintsAbout(UUID dossierId) {
        return List.of();
    }

    @Override
    public List<UnitPeriodFacts.FeedbackItem> feedbackOf(String agency, ReportingPeriod period) {
        return List.of();
    }

    @Override
    public RatingCounts ratingsIn(String agency, ReportingPeriod period) {
        return new RatingCounts(0, 0);
    }

    @Override
    public List<ManualItem> manualItems(String agency, ReportingPeriod period) {
        return List.of();
    }
}
