package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;
import vn.motcua.evaluation.repository.Feedback;
import vn.motcua.evaluation.repository.Rating;
import vn.motcua.platform.tenant.TenantContext;

/**
 * {@link CitizenSignals} from evaluation-service's own records (ratings, the feedback register, manual items), read
 * in the caller's transaction as the current province. Periods are cut by day in the province's zone.
 */
@ApplicationScoped
public class RecordedCitizenSignals implements CitizenSignals {
    @Inject
    DossierDirectory directory;

    @Inject
    ManualAssessments manual;

    @Inject
    TenantContext tenant;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DossierFacts.Rating> ratingOf(UUID dossierId) {
        return Rating.ofDossier(dossierId).map(r -> new DossierFacts.Rating(r.scores(), r.ratedAt));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DossierFacts.Complaint> complaintsAbout(UUID dossierId) {
        return Feedback.aboutDossier(dossierId).stream()
                .map(f -> new DossierFacts.Complaint(f.id, f.officer, f.conduct,
                        DossierFacts.Finding.valueOf(f.finding), f.receivedAt))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UnitPeriodFacts.FeedbackItem> feedbackOf(String agency, ReportingPeriod period) {
        ZoneId zone = zone();
        return Feedback.ofAgencyInPeriod(agency, start(period, zone), end(period, zone)).stream()
                .map(f -> new UnitPeriodFacts.FeedbackItem(f.id, f.receivedAt, f.dueAt, f.handledAt))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public RatingCounts ratingsIn(String agency, ReportingPeriod period) {
        ZoneId zone = zone();
        List<Rating> ratings = Rating.ratedBetween(agency, start(period, zone), end(period, zone));
        int dissatisfied = (int) ratings.stream().filter(r -> r.scores().containsValue(0)).count();
        return new RatingCounts(ratings.size(), dissatisfied);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ManualItem> manualItems(String agency, ReportingPeriod period) {
        return manual.latest(agency, period).stream()
                .map(v -> new ManualItem(v.item().name(), v.item().label(), v.points(), v.note(), v.enteredBy(),
                        v.enteredAt()))
                .toList();
    }

    private ZoneId zone() {
        return directory.context(tenant.require().value()).zone();
    }

    private static Instant start(ReportingPeriod period, ZoneId zone) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    private static Instant end(ReportingPeriod period, ZoneId zone) {
        return period.to().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
