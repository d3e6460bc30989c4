package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierEvaluation;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.domain.EvaluationPolicies;
import vn.motcua.evaluation.domain.EvaluationPolicy;
import vn.motcua.evaluation.domain.Index766;
import vn.motcua.evaluation.domain.Index766Result;
import vn.motcua.evaluation.domain.IndicatorResult;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.Scorecard;
import vn.motcua.evaluation.domain.ScorecardCalculator;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.repository.EvaluationRow;
import vn.motcua.evaluation.repository.ScorecardRow;
import vn.motcua.events.RuleSet;
import vn.motcua.events.ScorecardChanged;
import vn.motcua.platform.outbox.Outbox;

/**
 * Computes a scorecard of the current province (Circular 01/2018/TT-VPCP Art. 15) from the stored evaluations
 * (each dossier's points; an officer's own share) and the per-unit indicators of the period ({@link PeriodFacts},
 * {@link EvaluationPolicy#evaluateUnit}) with {@link ScorecardCalculator}; stores the quarter's and the year's and
 * publishes {@link ScorecardChanged} when one differs from what was last published.
 */
@ApplicationScoped
public class Scorecards {
    @Inject
    DossierDirectory directory;

    @Inject
    PeriodFacts periodFacts;

    @Inject
    Periods periods;

    @Inject
    Publications publications;

    @Inject
    Index766Counts index766;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** One dossier behind a scorecard: its points on the subject's indicators. */
    public record Component(UUID dossierId, String dossierCode, Instant resolvedAt, Map<Integer, Integer> points) {
    }

    /** The scorecard as the rules give it now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Scorecard compute(String province, SubjectKind kind, String subject, ReportingPeriod period) {
        EvaluationPolicy policy = policyOf(period);
        EvaluationContext context = directory.context(province);
        List<Scorecard.DossierPoints> dossiers = components(kind, subject, period).stream()
                .map(c -> new Scorecard.DossierPoints(c.dossierId(), c.dossierCode(), c.points())).toList();
        Map<Integer, IndicatorResult> unitResults = kind == SubjectKind.OFFICER ? Map.of()
                : policy.evaluateUnit(periodFacts.of(agencyOf(kind, subject), unitOf(kind, subject), period,
                        context.zone()), context);
        return ScorecardCalculator.compute(policy, kind, subject, period, dossiers, unitResults);
    }

    /** The dossiers behind the scorecard, oldest resolution first, with the points the subject is scored on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Component> components(SubjectKind kind, String subject, ReportingPeriod period) {
        List<EvaluationRow> rows = switch (kind) {
            case OFFICER -> EvaluationRow.ofOfficer(subject, period.from(), period.to());
            case UNIT -> EvaluationRow.resolvedIn(agencyOf(kind, subject), unitOf(kind, subject), period.from(),
                    period.to());
            case AGENCY -> EvaluationRow.resolvedIn(subject, null, period.from(), period.to());
            case PROVINCE -> EvaluationRow.resolvedIn(null, null, period.from(), period.to());
        };
        java.util.Set<Integer> indicators = policyOf(period).indicatorsOf(kind);
        return rows.stream().map(row -> new Component(row.dossierId, row.dossierCode, row.resolvedAt,
                points(kind == SubjectKind.OFFICER ? officerShare(row.evaluation, subject)
                        : row.evaluation.indicators(), indicators))).toList();
    }

    /**
     * Recomputes a quarter's or year's scorecard, stores it and publishes it when it changed.
     *
     * @return whether a new revision was published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh(String province, SubjectKind kind, String subject, String periodLabel) {
        ReportingPeriod period = periods.parse(province, periodLabel);
        Scorecard scorecard = compute(province, kind, subject, period);
        String id = province + ":" + kind + ":" + subject + ":" + period.label();
        ScorecardRow row = ScorecardRow.findById(id);
        if (row == null) {
            row = new ScorecardRow();
            row.id = id;
        }
        row.kind = kind.name();
        row.subject = subject;
        row.periodLabel = period.label();
        row.periodKind = period.kind().name();
        row.periodFrom = period.from();
        row.periodTo = period.to();
        row.total = scorecard.total();
        row.max = scorecard.max();
        row.band = scorecard.band().map(Enum::name).orElse(null);
        row.dossiers = scorecard.dossiers();
        row.scorecard = scorecard;
        row.computedAt = clock.instant();
        row.persist();
        List<ScorecardChanged.IndexGroup> index = index766Of(province, kind, subject, period);
        OptionalInt revision = publications.next("scorecard:" + id, event(province, scorecard, 0, null, index));
        if (revision.isPresent()) {
            outbox.add(event(province, scorecard, revision.getAsInt(), row.computedAt, index));
        }
        return revision.isPresent();
    }

    /**
     * The Decision 766 groups of an agency or the province over the scorecard's period (the same counts as {@code GET
     * /api/evaluations/index766}), which the reports' evaluation summary prints beside the scorecard; none for an
     * officer or a unit, which the decision does not score.
     */
    private List<ScorecardChanged.IndexGroup> index766Of(String province, SubjectKind kind, String subject,
            ReportingPeriod period) {
        if (kind != SubjectKind.AGENCY && kind != SubjectKind.PROVINCE) {
            return List.of();
        }
        Index766Counts.Counted counted = index766.count(agencyOf(kind, subject), period, directory.context(province));
        return indexGroups(Index766.compute(counted.inputs(), counted.extras()));
    }

    /** Each group with its points and its maximum over the sub-indicators with data. */
    static List<ScorecardChanged.IndexGroup> indexGroups(Index766Result index) {
        return index.groups().stream().map(g -> new ScorecardChanged.IndexGroup(g.code(), g.name(), g.points(),
                g.maxAvailable())).toList();
    }

    static ScorecardChanged event(String province, Scorecard s, int revision, Instant at,
            List<ScorecardChanged.IndexGroup> index766) {
        return new ScorecardChanged(province, s.kind().name(), s.subject(), s.period().kind().name(),
                s.period().label(), s.period().from(), s.period().to(), s.indicators().stream()
                        .filter(i -> i.status() == IndicatorResult.Status.SCORED)
                        .map(i -> new ScorecardChanged.IndicatorScore(i.indicator(), i.score(), i.dossiers()))
                        .toList(),
                s.total(), s.max(), s.band().map(Enum::name).orElse(null), s.dossiers(), revision, at, index766);
    }

    /** The policy of the rules in force at the period's end (both rule sets score by Circular 01/2018 today). */
    static EvaluationPolicy policyOf(ReportingPeriod period) {
        return EvaluationPolicies.forRuleSet(period.to().isBefore(FactsAssembler.DECREE_118_FROM)
                ? RuleSet.DECREE_61_2018 : RuleSet.DECREE_118_2025);
    }

    /** The agency of a UNIT ({@code AGENCY/UNIT}) or AGENCY subject; null for the province. */
    public static String agencyOf(SubjectKind kind, String subject) {
        return switch (kind) {
            case UNIT -> subject.substring(0, subject.indexOf('/'));
            case AGENCY -> subject;
            default -> null;
        };
    }

    public static String unitOf(SubjectKind kind, String subject) {
        return kind == SubjectKind.UNIT ? subject.substring(subject.indexOf('/') + 1) : null;
    }

    private static List<IndicatorResult> officerShare(DossierEvaluation e, String officer) {
        return e.officers().stream().filter(s -> s.officer().equals(officer)).findFirst()
                .map(DossierEvaluation.OfficerShare::indicators).orElse(List.of());
    }

    private static Map<Integer, Integer> points(List<IndicatorResult> results, java.util.Set<Integer> indicators) {
        Map<Integer, Integer> points = new HashMap<>();
        for (IndicatorResult r : results) {
            if (r.isScored() && indicators.contains(r.indicator())) {
                points.put(r.indicator(), r.points());
            }
        }
        return points;
    }
}
