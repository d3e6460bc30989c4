package vn.motcua.evaluation.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;

/**
 * No rating, no complaint, no feedback, no manual item: the stand-in until the citizen-signal records are merged;
 * their bean replaces this one (it is only the default).
 */
@DefaultBean
@ApplicationScoped
public class NoCitizenSignals implements CitizenSignals {
    @Override
    public Optional<DossierFacts.Rating> ratingOf(UUID dossierId) {
        return Optional.empty();
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
