package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierEvaluation;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.EvaluationPolicies;
import vn.motcua.evaluation.domain.EvaluationPolicy;
import vn.motcua.evaluation.domain.Index766;
import vn.motcua.evaluation.domain.Index766Result;
import vn.motcua.evaluation.domain.IndicatorResult;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.Scorecard;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.evaluation.repository.EvaluationRow;
import vn.motcua.evaluation.repository.OfficerRow;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * The evaluation reads: a dossier's evaluation, scorecards ranked, one scorecard with its components and history.
 * Each runs as the province {@link EvaluationAccess#province} grants (a national auditor's named one), through the
 * ORM's province filter, and admits only the subjects {@link EvaluationAccess#scopes} grants: a kind never granted
 * is 403 {@code outside-jurisdiction}, a subject outside the grant 404 (it is not the caller's to know of).
 */
@ApplicationScoped
public class EvaluationQueries {
    @Inject
    TenantRunner tenants;

    @Inject
    Scorecards scorecards;

    @Inject
    Periods periods;

    @Inject
    CitizenSignals signals;

    @Inject
    DossierDirectory directory;

    @Inject
    Index766Counts index766;

    @Inject
    Clock clock;

    /** A dossier's evaluation as the caller may see it. */
    public record DossierView(UUID dossierId, String dossierCode, String agency, String unit, String ruleSet,
            String policy, boolean evaluated, Instant resolvedAt, List<IndicatorResult> indicators, int totalPoints,
            int maxPoints, List<DossierEvaluation.OfficerShare> officers, Optional<DossierFacts.Rating> rating,
            int complaints, int revision, Instant evaluatedAt) {
    }

    /** One line of a ranking. */
    public record Ranked(SubjectKind kind, String subject, Scorecard scorecard) {
    }

    /** A scorecard with its province, the items entered by hand and when it was computed. */
    public record ScorecardView(ProvinceCode province, Scorecard scorecard, List<CitizenSignals.ManualItem> manual,
            Instant computedAt) {
    }

    /** The service-quality index of an agency or the province for a period (Decision 766/QĐ-TTg). */
    public record IndexView(SubjectKind scope, String subject, ReportingPeriod period, Index766Result result) {
    }

    /** A page of the dossiers behind a scorecard. */
    public record ComponentPage(List<Scorecards.Component> rows, long total) {
    }

    /**
     * The dossier's evaluation; a known dossier that is not evaluated (yet) shows every indicator pending. Unknown
     * or outside the caller's case scope ({@link AccessRules#caseScope}): 404.
     */
    public DossierView dossier(Caller caller, UUID dossierId) {
        CaseScope scope = AccessRules.caseScope(caller);
        ProvinceCode province = caller.province().orElseThrow(() -> notFound(dossierId));
        return tenants.callAs(province, () -> {
            DossierRow d = DossierRow.findById(dossierId);
            if (d == null) {
                throw notFound(dossierId);
            }
            DossierDirectory.DossierSummary summary = ProjectionDirectory.summary(d);
            if (!scope.admits(new CaseScope.Holder(province, String.valueOf(d.agency),
                    Optional.ofNullable(summary.unit()), ""))) {
                throw notFound(dossierId);
            }
            EvaluationRow row = EvaluationRow.findById(dossierId);
            int complaints = signals.complaintsAbout(dossierId).size();
            Optional<DossierFacts.Rating> rating = signals.ratingOf(dossierId);
            if (row == null) {
                EvaluationPolicy policy = EvaluationPolicies.forRuleSet(FactsAssembler.ruleSet(d,
                        directory.context(province.value()).zone()));
                String why = notEvaluatedBecause(d);
                List<IndicatorResult> pending = policy.perDossier().stream()
                        .map(i -> IndicatorResult.pending(i.number(), why)).toList();
                return new DossierView(dossierId, d.dossierCode, d.agency, summary.unit(), FactsAssembler.ruleSet(d,
                        directory.context(province.value()).zone()).name(), policy.id(), false, d.resolvedAt,
                        pending, 0, 0, List.of(), rating, complaints, 0, null);
            }
            DossierEvaluation e = row.evaluation;
            return new DossierView(dossierId, row.dossierCode, row.agency, row.unit, row.ruleSet, row.policy,
                    row.evaluated(), row.resolvedAt, e.indicators(), e.totalPoints(), e.maxPoints(), e.officers(),
                    rating, complaints, row.revision, row.evaluatedAt);
        });
    }

    /** The scorecards of the kind the caller may see, best total first, then by subject. */
    public List<Ranked> ranking(Caller caller, SubjectKind kind, String periodText, Optional<ProvinceCode> requested) {
        List<EvaluationAccess.SubjectScope> grants = grants(caller, kind);
        ProvinceCode province = EvaluationAccess.province(caller, requested);
        return tenants.callAs(province, () -> {
            ReportingPeriod period = period(province, periodText);
            List<String> subjects = new ArrayList<>();
            for (EvaluationAccess.SubjectScope grant : grants) {
                for (String s : subjectsOf(province, kind, grant, period)) {
                    if (!subjects.contains(s)) {
                        subjects.add(s);
                    }
                }
            }
            return subjects.stream()
                    .map(s -> new Ranked(kind, s, scorecards.compute(province.value(), kind, s, period)))
                    .sorted(Comparator.comparing((Ranked r) -> r.scorecard().total(),
                            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                            .thenComparing(Ranked::subject))
                    .toList();
        });
    }

    /** One scorecard with its indicators and the items entered by hand for the agency. */
    public ScorecardView scorecard(Caller caller, SubjectKind kind, String subject, String periodText,
            Optional<ProvinceCode> requested) {
        List<EvaluationAccess.SubjectScope> grants = grants(caller, kind);
        ProvinceCode province = EvaluationAccess.province(caller, requested);
        return tenants.callAs(province, () -> {
            ReportingPeriod period = period(province, periodText);
            admit(province, kind, subject, grants, period);
            Scorecard s = scorecards.compute(province.value(), kind, subject, period);
            List<CitizenSignals.ManualItem> manual = kind == SubjectKind.AGENCY
                    ? signals.manualItems(subject, period) : List.of();
            return new ScorecardView(province, s, manual, clock.instant());
        });
    }

    /** The dossiers behind a scorecard, oldest resolution first, a page of them. */
    public ComponentPage components(Caller caller, SubjectKind kind, String subject, String periodText,
            Optional<ProvinceCode> requested, int page, int size) {
        List<EvaluationAccess.SubjectScope> grants = grants(caller, kind);
        ProvinceCode province = EvaluationAccess.province(caller, requested);
        return tenants.callAs(province, () -> {
            ReportingPeriod period = period(province, periodText);
            admit(province, kind, subject, grants, period);
            List<Scorecards.Component> all = scorecards.components(kind, subject, period);
            long from = Math.min((long) page * size, all.size());
            return new ComponentPage(all.subList((int) from, (int) Math.min(from + size, all.size())), all.size());
        });
    }

    /** The scorecard over the last {@code quarters} quarters up to the current one, oldest first. */
    public List<Scorecard> history(Caller caller, SubjectKind kind, String subject, int quarters,
            Optional<ProvinceCode> requested) {
        List<EvaluationAccess.SubjectScope> grants = grants(caller, kind);
        ProvinceCode province = EvaluationAccess.province(caller, requested);
        return tenants.callAs(province, () -> {
            LocalDate today = clock.instant().atZone(directory.context(province.value()).zone()).toLocalDate();
            ReportingPeriod current = periods.of(province.value(), today).getFirst();
            List<ReportingPeriod> shown = new ArrayList<>();
            ReportingPeriod p = current;
            for (int i = 0; i < quarters; i++) {
                shown.addFirst(p);
                p = periods.of(province.value(), p.from().minusDays(1)).getFirst();
            }
            ReportingPeriod span = ReportingPeriod.range(shown.getFirst().from(), current.to());
            admit(province, kind, subject, grants, span);
            return shown.stream().map(q -> scorecards.compute(province.value(), kind, subject, q)).toList();
        });
    }

    /**
     * Decision 766's index of the agency (scope AGENCY) or the province (scope PROVINCE): an agency head reads their
     * agency's and their province's, the province admin and the national auditor any of the province.
     */
    public IndexView index766(Caller caller, SubjectKind scope, String subject, String periodText,
            Optional<ProvinceCode> requested) {
        if (scope != SubjectKind.AGENCY && scope != SubjectKind.PROVINCE) {
            throw EvaluationAccess.refused("scope", "must be AGENCY or PROVINCE");
        }
        List<EvaluationAccess.SubjectScope> grants = grants(caller, scope);
        ProvinceCode province = EvaluationAccess.province(caller, requested);
        return tenants.callAs(province, () -> {
            ReportingPeriod period = period(province, periodText);
            admit(province, scope, subject, grants, period);
            Index766Counts.Counted counted = index766.count(scope == SubjectKind.AGENCY ? subject : null, period,
                    directory.context(province.value()));
            return new IndexView(scope, subject, period, Index766.compute(counted.inputs(), counted.extras()));
        });
    }

    private static List<EvaluationAccess.SubjectScope> grants(Caller caller, SubjectKind kind) {
        List<EvaluationAccess.SubjectScope> grants = EvaluationAccess.scopes(caller, kind);
        if (grants.isEmpty()) {
            throw new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                    "Your roles do not read " + kind + " scorecards.");
        }
        return grants;
    }

    private ReportingPeriod period(ProvinceCode province, String text) {
        try {
            return periods.parse(province.value(), text);
        } catch (IllegalArgumentException e) {
            throw EvaluationAccess.refused("period", e.getMessage());
        }
    }

    /** A subject of the kind must be well formed and inside one of the grants; else 404. */
    private static void admit(ProvinceCode province, SubjectKind kind, String subject,
            List<EvaluationAccess.SubjectScope> grants, ReportingPeriod period) {
        if (kind == SubjectKind.UNIT && !subject.matches("[^/]+/[^/]+")) {
            throw EvaluationAccess.refused("subject", "a unit is named AGENCY/UNIT, e.g. SKHCN-20/PQLKH");
        }
        boolean admitted = grants.stream().anyMatch(g -> switch (g) {
            case EvaluationAccess.SubjectScope.Any any ->
                    kind != SubjectKind.PROVINCE || subject.equals(province.value());
            case EvaluationAccess.SubjectScope.Only only -> only.subject().equals(subject);
            case EvaluationAccess.SubjectScope.UnitsOf units -> subject.startsWith(units.agency() + "/");
            case EvaluationAccess.SubjectScope.OfficersOf officers ->
                    OfficerRow.handledIn(subject, officers.agency(), officers.unit(), period.from(), period.to());
        });
        if (!admitted) {
            throw new ProblemException(404, "not-found", "Scorecard not found",
                    "No " + kind + " scorecard of " + subject + " among those you may read.");
        }
    }

    private static List<String> subjectsOf(ProvinceCode province, SubjectKind kind,
            EvaluationAccess.SubjectScope grant, ReportingPeriod period) {
        return switch (grant) {
            case EvaluationAccess.SubjectScope.Only only -> List.of(only.subject());
            case EvaluationAccess.SubjectScope.UnitsOf units ->
                    EvaluationRow.unitsIn(units.agency(), period.from(), period.to());
            case EvaluationAccess.SubjectScope.OfficersOf officers ->
                    OfficerRow.officersIn(officers.agency(), officers.unit(), period.from(), period.to());
            case EvaluationAccess.SubjectScope.Any any -> switch (kind) {
                case OFFICER -> OfficerRow.officersIn(null, null, period.from(), period.to());
                case UNIT -> EvaluationRow.unitsIn(null, period.from(), period.to());
                case AGENCY -> EvaluationRow.agenciesIn(period.from(), period.to());
                case PROVINCE -> List.of(province.value());
            };
        };
    }

    private static String notEvaluatedBecause(DossierRow d) {
        if (d.withdrawnAt != null) {
            return "Hồ sơ đã dừng giải quyết theo đề nghị của người nộp: không đánh giá";
        }
        if (d.closedAt != null) {
            return "Hồ sơ đã đóng do không bổ sung: không đánh giá";
        }
        return "Hồ sơ chưa được tiếp nhận";
    }

    private static ProblemException notFound(UUID dossierId) {
        return new ProblemException(404, "not-found", "Dossier not found",
                "No dossier " + dossierId + " among those you may read.");
    }
}
