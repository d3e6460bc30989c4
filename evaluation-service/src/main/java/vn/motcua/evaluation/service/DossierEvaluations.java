package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierEvaluation;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.domain.EvaluationPolicies;
import vn.motcua.evaluation.domain.IndicatorResult;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.evaluation.repository.EvaluationRow;
import vn.motcua.evaluation.repository.OfficerRow;
import vn.motcua.events.DossierEvaluated;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Evaluates a dossier from its facts under the policy of its rule set ({@link EvaluationPolicies#forRuleSet}),
 * stores the result, and, once the dossier is resolved and a point or anything a scorecard reads changed, publishes
 * {@link DossierEvaluated} with the next revision and marks the scorecards it counts in. A dossier that is not
 * evaluable (withdrawn, closed, never accepted; Circular 01/2018/TT-VPCP evaluates resolutions) has no evaluation;
 * one that had one loses it and its scorecards are recomputed. A dossier imported from a province's previous system
 * is evaluated on what its history tells (indicators 1, 3, 4, 6, 7): its officers and steps are unknown, so it
 * counts for its agency and province and for no officer, and indicator 2 has no data.
 */
@ApplicationScoped
public class DossierEvaluations implements Reevaluation {
    static final String EVALUATED = "EVALUATED";
    static final String PENDING = "PENDING";

    @Inject
    FactsAssembler assembler;

    @Inject
    DossierDirectory directory;

    @Inject
    ScorecardMarks marks;

    @Inject
    Publications publications;

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void dossierChanged(UUID dossierId) {
        evaluate(dossierId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void agencyChanged(String agency, LocalDate day) {
        marks.markAgency(tenant.require().value(), agency, day);
    }

    /**
     * Evaluates the dossier of the current province again.
     *
     * @return whether a new revision was published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean evaluate(UUID dossierId) {
        DossierRow d = DossierRow.findById(dossierId);
        if (d == null) {
            return false;
        }
        String province = tenant.require().value();
        EvaluationContext context = directory.context(province);
        DossierFacts facts = assembler.of(d, province, context.zone());
        Optional<DossierEvaluation> evaluation = EvaluationPolicies.forRuleSet(facts.ruleSet()).evaluate(facts,
                context);
        EvaluationRow stored = EvaluationRow.findById(dossierId);
        if (evaluation.isEmpty()) {
            if (stored != null) {
                markFor(province, stored);
                OfficerRow.deleteOfDossier(dossierId);
                stored.delete();
            }
            return false;
        }
        DossierEvaluation e = evaluation.get();
        boolean resolved = d.resolution != null;
        LocalDate resolvedDay = resolved ? d.resolvedAt.atZone(context.zone()).toLocalDate() : null;
        String unit = facts.resolution().map(DossierFacts.Resolution::unit)
                .orElse(d.steps.isEmpty() ? null : d.steps.getLast().toUnit());
        if (stored != null && stored.evaluation.equals(e) && Objects.equals(stored.resolvedDay, resolvedDay)
                && Objects.equals(stored.unit, unit) && Objects.equals(stored.agency, d.agency)
                && Objects.equals(stored.dossierCode, d.dossierCode)) {
            return false;
        }
        if (stored != null) {
            markFor(province, stored);
            OfficerRow.deleteOfDossier(dossierId);
        } else {
            stored = new EvaluationRow();
            stored.dossierId = dossierId;
        }
        stored.dossierCode = d.dossierCode;
        stored.agency = d.agency;
        stored.unit = unit;
        stored.ruleSet = facts.ruleSet().name();
        stored.policy = e.policy();
        stored.status = resolved ? EVALUATED : PENDING;
        stored.resolvedAt = d.resolvedAt;
        stored.resolvedDay = resolvedDay;
        stored.evaluation = e;
        stored.totalPoints = e.totalPoints();
        stored.maxPoints = e.maxPoints();
        stored.evaluatedAt = clock.instant();
        boolean published = false;
        if (resolved) {
            DossierEvaluated content = event(stored, 0);
            OptionalInt revision = publications.next("evaluation:" + dossierId, content);
            if (revision.isPresent()) {
                stored.revision = revision.getAsInt();
                outbox.add(event(stored, stored.revision));
                published = true;
            } else {
                // equal to what was published (a rebuild): it keeps that revision
                stored.revision = publications.revision("evaluation:" + dossierId);
            }
        }
        stored.persist();
        for (OfficerRow o : officerRows(d, e, resolvedDay)) {
            o.persist();
        }
        markFor(province, stored);
        return published;
    }

    /** The event of a stored evaluation; revision 0 and no timestamp: the content compared with what was published. */
    static DossierEvaluated event(EvaluationRow row, int revision) {
        DossierEvaluation e = row.evaluation;
        return new DossierEvaluated(row.dossierId, row.dossierCode, row.agency, row.unit,
                vn.motcua.events.RuleSet.valueOf(row.ruleSet), row.policy,
                e.officers().stream().map(DossierEvaluation.OfficerShare::officer).toList(),
                e.indicators().stream().map(DossierEvaluations::points).toList(), e.totalPoints(), e.maxPoints(),
                // the database keeps microseconds (the driver rounds): the content compared must not depend on
                // whether the row was just written or read back
                row.resolvedAt == null ? null
                        : row.resolvedAt.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                revision, revision == 0 ? null : row.evaluatedAt);
    }

    private static DossierEvaluated.IndicatorPoints points(IndicatorResult r) {
        return new DossierEvaluated.IndicatorPoints(r.indicator(), r.points(), r.reason());
    }

    private void markFor(String province, EvaluationRow row) {
        if (row.evaluated() && row.resolvedDay != null) {
            marks.mark(province, row.resolvedDay, row.evaluation.officers().stream()
                    .map(DossierEvaluation.OfficerShare::officer).toList(), row.agency, row.unit);
        }
    }

    /** Where each officer worked on the dossier: the desk (no unit), the units of their steps, the resolving unit. */
    private static List<OfficerRow> officerRows(DossierRow d, DossierEvaluation e, LocalDate resolvedDay) {
        List<OfficerRow> rows = new ArrayList<>();
        for (DossierEvaluation.OfficerShare share : e.officers()) {
            Set<List<String>> places = new LinkedHashSet<>();
            if (share.officer().equals(d.acceptedBy)) {
                places.add(java.util.Arrays.asList(d.agency, null));
            }
            for (DossierFacts.Step step : d.steps) {
                if (share.officer().equals(step.toOfficer())) {
                    places.add(java.util.Arrays.asList(step.toAgency(), step.toUnit()));
                }
            }
            if (d.resolution != null && share.officer().equals(d.resolution.officer())) {
                places.add(java.util.Arrays.asList(d.agency, d.resolution.unit()));
            }
            if (places.isEmpty()) {
                places.add(java.util.Arrays.asList(d.agency, null));
            }
            for (List<String> place : places) {
                OfficerRow o = new OfficerRow();
                o.id = UUID.randomUUID();
                o.dossierId = d.dossierId;
                o.officer = share.officer();
                o.role = share.role();
                o.agency = place.get(0);
                o.unit = place.get(1);
                o.resolvedDay = resolvedDay;
                rows.add(o);
            }
        }
        return rows;
    }
}
