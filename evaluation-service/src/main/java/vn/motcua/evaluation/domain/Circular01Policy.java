package vn.motcua.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluation of Circular 01/2018/TT-VPCP Art. 13-15 (id {@code TT01-2018}): nine indicators of 0 to 2 points,
 * 1, 2, 3, 4, 6 and 7 per dossier and 5, 8, 9 (and 6 as a mean) per unit and agency (Art. 14 cl. 1-2); officers are
 * scored on 1, 2, 3, 4, 7 (max 10), a unit on 5, 6, 8, 9 (max 8), the agency, its head and the province on all nine
 * (max 18) (Art. 15 cl. 1); ranked by Art. 15 cl. 3. Used for both rule sets until Circular 03/2025's evaluation
 * part is read (domain.md §5.2 [verify]); {@link EvaluationPolicies#forRuleSet} is the single switch.
 *
 * <p>A dossier is evaluated once accepted: before its resolution every indicator is pending, so the dossier page
 * can show it; withdrawn, closed and never-accepted dossiers are not evaluated (Art. 14: the law scores resolved
 * dossiers; a refusal after appraisal is a resolution).
 */
public final class Circular01Policy implements EvaluationPolicy {
    public static final String ID = "TT01-2018";

    private static final Set<Integer> OFFICER = ordered(1, 2, 3, 4, 7);
    private static final Set<Integer> UNIT = ordered(5, 6, 8, 9);
    private static final Set<Integer> ALL = ordered(1, 2, 3, 4, 5, 6, 7, 8, 9);
    private static final BigDecimal OFFICER_FULL = new BigDecimal("5");
    private static final BigDecimal OFFICER_70 = new BigDecimal("3.5");

    private final ResolutionTimeIndicator resolutionTime = new ResolutionTimeIndicator();
    private final StepTimeIndicator stepTime = new StepTimeIndicator();
    private final OfficerAttitudeIndicator attitude = new OfficerAttitudeIndicator();
    private final List<DossierIndicator> perDossier = List.of(resolutionTime, stepTime,
            new ApplicantContactsIndicator(), new AgenciesContactedIndicator(), new PublicDisclosureIndicator(),
            attitude);
    private final List<UnitIndicator> perUnit = List.of(new OneStopResolutionIndicator(),
            new FeedbackHandlingIndicator(), new OnlineServiceIndicator());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<DossierIndicator> perDossier() {
        return perDossier;
    }

    @Override
    public Optional<DossierEvaluation> evaluate(DossierFacts facts, EvaluationContext context) {
        if (!facts.evaluable()) {
            return Optional.empty();
        }
        List<IndicatorResult> results = perDossier.stream().map(i -> i.evaluate(facts, context)).toList();
        return Optional.of(new DossierEvaluation(facts.dossierId(), ID, results, officers(facts, context, results)));
    }

    /**
     * One share per officer who handled the dossier, in the order they met it: the reception officer, each step's
     * officer, the resolver; an officer met twice keeps the first role. Indicators 1, 3 and 4 are the dossier's
     * (the officer answers for the dossier they took part in, Art. 15 cl. 1); 2 is their own steps' lowest; 7 leaves
     * out a founded complaint about a colleague.
     */
    private List<DossierEvaluation.OfficerShare> officers(DossierFacts facts, EvaluationContext context,
            List<IndicatorResult> results) {
        Map<String, String> roles = new LinkedHashMap<>();
        if (facts.acceptedBy() != null) {
            roles.putIfAbsent(facts.acceptedBy(), "RECEPTION");
        }
        for (DossierFacts.Step step : facts.steps()) {
            if (step.toOfficer() != null) {
                roles.putIfAbsent(step.toOfficer(), "PROCESSING");
            }
        }
        facts.resolution().map(DossierFacts.Resolution::officer)
                .ifPresent(officer -> roles.putIfAbsent(officer, "RESOLUTION"));
        List<DossierEvaluation.OfficerShare> shares = new ArrayList<>();
        roles.forEach((officer, role) -> {
            List<IndicatorResult> own = new ArrayList<>();
            for (IndicatorResult r : results) {
                if (r.indicator() == StepTimeIndicator.NUMBER) {
                    own.add(stepTime.evaluateFor(facts, context, officer));
                } else if (r.indicator() == OfficerAttitudeIndicator.NUMBER) {
                    own.add(attitude.evaluateFor(facts, context, officer));
                } else if (OFFICER.contains(r.indicator())) {
                    own.add(r);
                }
            }
            shares.add(new DossierEvaluation.OfficerShare(officer, role, own));
        });
        return shares;
    }

    @Override
    public List<UnitIndicator> perUnit() {
        return perUnit;
    }

    @Override
    public Map<Integer, IndicatorResult> evaluateUnit(UnitPeriodFacts facts, EvaluationContext context) {
        Map<Integer, IndicatorResult> results = new LinkedHashMap<>();
        perUnit.forEach(i -> results.put(i.number(), i.evaluate(facts, context)));
        return Collections.unmodifiableMap(results);
    }

    /**
     * The names as Art. 13 words them. [verify] Read from domain.md §5.1 and matched against a provincial portal's
     * rating form that lists the same nine (3rd-party: dichvucong.thuathienhue.gov.vn), not from the Circular's
     * text itself.
     */
    @Override
    public String indicatorName(int indicator) {
        return switch (indicator) {
            case ResolutionTimeIndicator.NUMBER -> ResolutionTimeIndicator.NAME;
            case StepTimeIndicator.NUMBER -> StepTimeIndicator.NAME;
            case ApplicantContactsIndicator.NUMBER -> ApplicantContactsIndicator.NAME;
            case AgenciesContactedIndicator.NUMBER -> AgenciesContactedIndicator.NAME;
            case OneStopResolutionIndicator.NUMBER -> OneStopResolutionIndicator.NAME;
            case PublicDisclosureIndicator.NUMBER -> PublicDisclosureIndicator.NAME;
            case OfficerAttitudeIndicator.NUMBER -> OfficerAttitudeIndicator.NAME;
            case FeedbackHandlingIndicator.NUMBER -> FeedbackHandlingIndicator.NAME;
            case OnlineServiceIndicator.NUMBER -> OnlineServiceIndicator.NAME;
            default -> throw new IllegalArgumentException("indicators are numbered 1 to 9: " + indicator);
        };
    }

    @Override
    public Set<Integer> indicatorsOf(SubjectKind kind) {
        return switch (kind) {
            case OFFICER -> OFFICER;
            case UNIT -> UNIT;
            case AGENCY, PROVINCE -> ALL;
        };
    }

    /** Art. 15 cl. 3; a unit is not ranked. The thresholds are the law's, whatever indicators lacked data. */
    @Override
    public Optional<Band> band(SubjectKind kind, BigDecimal total) {
        return switch (kind) {
            case OFFICER -> Optional.of(total.compareTo(OFFICER_FULL) >= 0 ? Band.OFFICER_FULL
                    : total.compareTo(OFFICER_70) >= 0 ? Band.OFFICER_70 : Band.OFFICER_BELOW_70);
            case UNIT -> Optional.empty();
            case AGENCY, PROVINCE -> Optional.of(agencyBand(total));
        };
    }

    private static Band agencyBand(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(15)) >= 0) {
            return Band.XUAT_SAC;
        }
        if (total.compareTo(BigDecimal.valueOf(12)) >= 0) {
            return Band.TOT;
        }
        if (total.compareTo(BigDecimal.valueOf(9)) >= 0) {
            return Band.KHA;
        }
        return total.compareTo(BigDecimal.valueOf(6)) >= 0 ? Band.TRUNG_BINH : Band.YEU;
    }

    private static Set<Integer> ordered(Integer... numbers) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(numbers)));
    }
}
