package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.events.Timeliness;
import vn.motcua.events.TimelinessRule;

/**
 * Chỉ số 1: tổng thời gian giải quyết TTHC so với thời gian quy định (Circular 01/2018/TT-VPCP Art. 13; scored per
 * dossier, Art. 14 cl. 1). Resolved before the legal due date 2 points (trước hạn), on that day 1 (đúng hạn), after
 * it 0 (quá hạn). The due date is {@link LegalDueDate}: after restarts, before an apology. Days are compared in the
 * province's zone ({@link TimelinessRule}), as the receipt shows only the date. A refusal after appraisal is a
 * resolution and is scored the same way. Pending until resolved.
 */
public final class ResolutionTimeIndicator implements DossierIndicator {
    public static final int NUMBER = 1;
    public static final int MAX_POINTS = 2;
    public static final String NAME = "Tổng thời gian giải quyết TTHC so với thời gian quy định";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(DossierFacts facts, EvaluationContext context) {
        if (facts.resolution().isEmpty()) {
            return DossierIndicator.unresolved(NUMBER);
        }
        Optional<LegalDueDate> due = LegalDueDate.of(facts);
        if (due.isEmpty()) {
            return LegalDueDate.missing(NUMBER);
        }
        Instant resolvedAt = facts.resolution().get().resolvedAt();
        Timeliness timeliness = TimelinessRule.classify(resolvedAt, due.get().due(), context.zone());
        return IndicatorResult.scored(NUMBER, points(timeliness),
                describe(timeliness, due.get(), resolvedAt, context));
    }

    /** "Giải quyết trước hạn (hạn 16/03/2026, xong 13/03/2026)"; shared with indicator 7. */
    static String describe(Timeliness timeliness, LegalDueDate due, Instant resolvedAt, EvaluationContext context) {
        return "Giải quyết " + inWords(timeliness) + " (hạn " + Dates.day(due.due(), context.zone())
                + (due.beforeApology() ? " trước khi xin lỗi, hẹn lại" : "")
                + ", xong " + Dates.day(resolvedAt, context.zone()) + ")";
    }

    /** Trước hạn, đúng hạn, quá hạn: the words of the reports (and of indicator 2's steps). */
    static String inWords(Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY -> "trước hạn";
            case ON_TIME -> "đúng hạn";
            case LATE -> "quá hạn";
        };
    }

    public static int points(Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY -> 2;
            case ON_TIME -> 1;
            case LATE -> 0;
        };
    }
}
