package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.events.Timeliness;
import vn.motcua.events.TimelinessRule;

/**
 * Chỉ số 7: thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ (Circular
 * 01/2018/TT-VPCP Art. 13; per dossier, Art. 14 cl. 1; collected through the rating, Art. 14 cl. 3):
 * <ul>
 * <li>0: a complaint of harassment or violation (nhũng nhiễu, gây phiền hà) found true ({@code FOUNDED}), or the
 * applicant rated the officers' attitude ({@code THAI_DO}, Decree 118/2025 Art. 33 cl. 1) 0, không hài lòng;</li>
 * <li>otherwise 2 when resolved before the legal due date ({@link LegalDueDate}, as indicator 1), 1 on it;</li>
 * <li>late without a complaint: the law has no row for it; the platform gives 0 and says "quá hạn", as a late
 * dossier cannot be "handled on time and without complaint".</li>
 * </ul>
 * A complaint still being handled ({@code PENDING}) does not lower it yet: the law's "unless it is found untrue"
 * waits for the finding; an {@code UNFOUNDED} one is ignored; one not about conduct is indicator 8's, not this.
 * Pending until resolved; recomputed when a rating or a finding arrives. The dossier's indicator counts every
 * founded complaint; an officer's share ({@link #evaluateFor}) only those about them or naming nobody, so one
 * officer's conduct does not lower a colleague's scorecard (Art. 15 cl. 1 scores each officer on their own work).
 */
public final class OfficerAttitudeIndicator implements DossierIndicator {
    public static final int NUMBER = 7;
    public static final String NAME = "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận và giải "
            + "quyết hồ sơ";
    /** The rating content of Decree 118/2025 Art. 33 cl. 1 about the officers' attitude. */
    static final String ATTITUDE = "THAI_DO";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(DossierFacts facts, EvaluationContext context) {
        return evaluate(facts, context, c -> true);
    }

    /** The indicator in one officer's share: complaints about another named officer are not theirs. */
    public IndicatorResult evaluateFor(DossierFacts facts, EvaluationContext context, String officer) {
        return evaluate(facts, context, c -> c.officer() == null || c.officer().equals(officer));
    }

    private IndicatorResult evaluate(DossierFacts facts, EvaluationContext context,
            java.util.function.Predicate<DossierFacts.Complaint> concerns) {
        if (facts.resolution().isEmpty()) {
            return DossierIndicator.unresolved(NUMBER);
        }
        long founded = facts.complaints().stream().filter(concerns)
                .filter(c -> c.conduct() && c.finding() == DossierFacts.Finding.FOUNDED).count();
        if (founded > 0) {
            return IndicatorResult.scored(NUMBER, 0, "Có phản ánh về thái độ, hành vi của cán bộ được xác minh đúng");
        }
        if (facts.rating().map(r -> r.scores().get(ATTITUDE)).filter(score -> score == 0).isPresent()) {
            return IndicatorResult.scored(NUMBER, 0, "Người dân không hài lòng về thái độ của cán bộ");
        }
        Optional<LegalDueDate> due = LegalDueDate.of(facts);
        if (due.isEmpty()) {
            return LegalDueDate.missing(NUMBER);
        }
        Instant resolvedAt = facts.resolution().get().resolvedAt();
        Timeliness timeliness = TimelinessRule.classify(resolvedAt, due.get().due(), context.zone());
        String when = ResolutionTimeIndicator.describe(timeliness, due.get(), resolvedAt, context);
        return switch (timeliness) {
            case EARLY -> IndicatorResult.scored(NUMBER, 2, when + ", không có phản ánh");
            case ON_TIME -> IndicatorResult.scored(NUMBER, 1, when + ", không có phản ánh");
            case LATE -> IndicatorResult.scored(NUMBER, 0, when);
        };
    }
}
