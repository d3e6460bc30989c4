package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.events.Timeliness;
import vn.motcua.events.TimelinessRule;

/**
 * Chỉ số 2: thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết, kể cả đơn vị phối hợp liên thông
 * (Circular 01/2018/TT-VPCP Art. 13; per dossier, Art. 14 cl. 1). Each step of the internal process (Decree
 * 118/2025 Art. 18, Art. 20 for a co-operating agency) runs from its hand-over to the next hand-over, the last one
 * to the resolution, and is compared by day with the end of its share of the time limit ({@code stepDueAt}):
 * before 2, the same day 1, after 0. The dossier scores its slowest step (the lowest); an officer scores the lowest
 * of the steps assigned to them ({@link #evaluateFor}), since Art. 15 cl. 1 scores each officer on their own time.
 *
 * <p>Without any step share the law's datum cannot exist: NO_DATA, left out of the totals (Art. 15 cl. 4b), never
 * zero. Pending until resolved, as the last step ends only then.
 */
public final class StepTimeIndicator implements DossierIndicator {
    public static final int NUMBER = 2;
    public static final String NAME = "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết "
            + "(kể cả đơn vị phối hợp liên thông)";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(DossierFacts facts, EvaluationContext context) {
        return lowest(facts, context, null);
    }

    /** The officer's own steps (those assigned to them, {@code toOfficer}); NO_DATA when they had none with a share. */
    public IndicatorResult evaluateFor(DossierFacts facts, EvaluationContext context, String officer) {
        Objects.requireNonNull(officer, "officer");
        return lowest(facts, context, officer);
    }

    private IndicatorResult lowest(DossierFacts facts, EvaluationContext context, String officer) {
        if (facts.resolution().isEmpty()) {
            return DossierIndicator.unresolved(NUMBER);
        }
        List<Timed> timed = timedSteps(facts, context, officer);
        if (timed.isEmpty()) {
            return IndicatorResult.noData(NUMBER, officer == null
                    ? "Quy trình không phân định thời gian cho từng bước"
                    : "Không xử lý bước nào có thời hạn riêng");
        }
        // the slowest step decides; among equals the first, as it was the first to be late
        Timed worst = timed.stream().min(Comparator.comparingInt(Timed::points)).orElseThrow();
        return IndicatorResult.scored(NUMBER, worst.points(), worst.describe(context) + countOf(timed));
    }

    private static String countOf(List<Timed> timed) {
        return timed.size() == 1 ? "" : "; thấp nhất trong " + timed.size() + " bước";
    }

    private static List<Timed> timedSteps(DossierFacts facts, EvaluationContext context, String officer) {
        List<DossierFacts.Step> steps = facts.steps();
        Instant resolvedAt = facts.resolution().orElseThrow().resolvedAt();
        List<Timed> timed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            DossierFacts.Step step = steps.get(i);
            if (step.stepDueAt() == null || (officer != null && !officer.equals(step.toOfficer()))) {
                continue;
            }
            Instant end = i + 1 < steps.size() ? steps.get(i + 1).handedOverAt() : resolvedAt;
            timed.add(new Timed(step, end, TimelinessRule.classify(end, step.stepDueAt(), context.zone())));
        }
        return timed;
    }

    private record Timed(DossierFacts.Step step, Instant end, Timeliness timeliness) {
        int points() {
            return ResolutionTimeIndicator.points(timeliness);
        }

        String describe(EvaluationContext context) {
            return "Bước " + step.number() + " (" + where(step) + ") xong "
                    + ResolutionTimeIndicator.inWords(timeliness) + " (hạn "
                    + Dates.day(step.stepDueAt(), context.zone()) + ", xong " + Dates.day(end, context.zone()) + ")";
        }

        /** {@code SKHCN-20/PQLKH}, as scorecards name a unit; "liên thông" before a co-operating agency's. */
        private static String where(DossierFacts.Step step) {
            String unit = Stream.of(step.toAgency(), step.toUnit()).filter(Objects::nonNull)
                    .collect(Collectors.joining("/"));
            return (step.interAgency() ? "liên thông " : "") + (unit.isEmpty() ? "đơn vị chưa rõ" : unit);
        }
    }
}
