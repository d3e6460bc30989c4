package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.domain.Index766Extras;
import vn.motcua.evaluation.domain.Index766Inputs;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.Channel;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Timeliness766;

/**
 * The counts of Decision 766/QĐ-TTg (domain.md §6) for an agency or the province and a period, from the projection,
 * the procedure versions in force and what citizens said ({@link CitizenSignals}). Imported dossiers count, as in
 * the evaluations. A count the platform cannot know stays null (1.4 synchronisation with the national
 * portal; 5.2 until ratings are counted per content).
 */
@ApplicationScoped
public class Index766Counts {
    /** Offered online in the law's terms: levels 3 and 4 (Decree 43/2011), partial or full (Decree 42/2022). */
    static final Set<ProcedureTerms.OnlineMode> ONLINE = Set.of(ProcedureTerms.OnlineMode.LEVEL_3,
            ProcedureTerms.OnlineMode.LEVEL_4, ProcedureTerms.OnlineMode.PARTIAL, ProcedureTerms.OnlineMode.FULL);

    @Inject
    PeriodFacts periodFacts;

    @Inject
    ProcedureVersions procedures;

    @Inject
    CitizenSignals signals;

    /** The inputs and the extra counts, read as the current province. @param agency null for the province */
    public Counted count(String agency, ReportingPeriod period, EvaluationContext context) {
        ZoneId zone = context.zone();
        java.util.Map<String, ProcedureTerms> byCode = procedures.latestInForceByCode(agency, period);
        List<ProcedureTerms> inForce = List.copyOf(byCode.values());
        int publishedOnTime = (int) inForce.stream().filter(t -> DisclosureCheck.timely(t, context)).count();
        int complete = (int) inForce.stream().filter(t -> DisclosureCheck.complete(t, context)).count();
        Set<String> onlineCodes = new HashSet<>();
        int received = 0;
        int receivedOnline = 0;
        int resolved = 0;
        int onTime766 = 0;
        int late = 0;
        int paid = 0;
        int paidOnline = 0;
        int eResult = 0;
        int digitised = 0;
        int reusing = 0;
        int resolutionDays = 0;
        for (DossierRow d : periodFacts.dossiers(agency, period, zone)) {
            boolean online = d.channel != null && Channel.valueOf(d.channel).online();
            if (PeriodFacts.in(d.receivedAt, period, zone)) {
                received++;
                if (online) {
                    receivedOnline++;
                    onlineCodes.add(d.procedureCode);
                }
                paid += d.payments.isEmpty() ? 0 : 1;
                paidOnline += d.payments.stream().anyMatch(DossierFacts.Payment::online) ? 1 : 0;
                reusing += d.papers.stream().anyMatch(DossierFacts.Paper::reused) ? 1 : 0;
            }
            if (d.resolution != null && PeriodFacts.in(d.resolvedAt, period, zone)) {
                resolved++;
                late += d.resolution.timeliness() == Timeliness.LATE ? 1 : 0;
                onTime766 += timeliness766(d, zone) == Timeliness.LATE ? 0 : 1;
                eResult += Boolean.TRUE.equals(d.resolution.electronicResult()) ? 1 : 0;
                digitised += Boolean.TRUE.equals(d.resolution.resultDigitised()) && !d.papers.isEmpty()
                        && d.papers.stream().allMatch(DossierFacts.Paper::digitised) ? 1 : 0;
                if (d.receivedAt != null) {
                    resolutionDays += (int) ChronoUnit.DAYS.between(d.receivedAt.atZone(zone).toLocalDate(),
                            d.resolvedAt.atZone(zone).toLocalDate());
                }
            }
        }
        List<ProcedureTerms> offeredOnline = inForce.stream().filter(t -> ONLINE.contains(t.onlineMode())).toList();
        List<ProcedureTerms> withFee = inForce.stream()
                .filter(t -> t.fees().stream().anyMatch(f -> f.amountVnd() > 0)).toList();
        List<UnitPeriodFacts.FeedbackItem> feedback = signals.feedbackOf(agency, period).stream()
                .filter(f -> PeriodFacts.in(f.receivedAt(), period, zone)).toList();
        int handledInTime = (int) feedback.stream()
                .filter(f -> f.handledAt() != null && !f.handledAt().isAfter(f.dueAt())).count();
        CitizenSignals.RatingCounts ratings = signals.ratingsIn(agency, period);
        Index766Inputs inputs = new Index766Inputs(inForce.size(), publishedOnTime, complete, received, null,
                resolved, onTime766, offeredOnline.size(),
                (int) byCode.entrySet().stream().filter(e -> ONLINE.contains(e.getValue().onlineMode())
                        && onlineCodes.contains(e.getKey())).count(),
                receivedOnline, withFee.size(), (int) withFee.stream().filter(t -> ONLINE.contains(t.onlineMode()))
                        .count(), paid, paidOnline, eResult, digitised, reusing, feedback.size(), handledInTime,
                ratings.ratings(), ratings.dissatisfied(), late);
        return new Counted(inputs, new Index766Extras(resolutionDays, null, null));
    }

    /** @param extras 2.2's resolution days; 5.2 has no data until ratings are counted per content */
    public record Counted(Index766Inputs inputs, Index766Extras extras) {
    }

    /**
     * 2.1's view (Timeliness766): supplement time subtracted, a second request late, the receipt's date. Without
     * its dates (an older event), the legal view stands in.
     */
    static Timeliness timeliness766(DossierRow d, ZoneId zone) {
        if (d.receivedAt == null || d.originalDueAt == null) {
            return d.resolution.timeliness();
        }
        try {
            return Timeliness766.classify(d.receivedAt, d.originalDueAt, d.supplements.stream()
                    .filter(s -> s.completedAt() != null && s.requestedAt() != null)
                    .map(s -> new Timeliness766.Supplement(s.requestedAt(), s.completedAt())).toList(),
                    d.resolvedAt, zone);
        } catch (IllegalArgumentException e) {
            return d.resolution.timeliness();
        }
    }
}
