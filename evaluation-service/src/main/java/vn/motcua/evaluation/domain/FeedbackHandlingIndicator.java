package vn.motcua.evaluation.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Chỉ số 8: tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của cá nhân, tổ chức (Circular
 * 01/2018/TT-VPCP Art. 13; per unit and agency for a period, Art. 14 cl. 2):
 * <ul>
 * <li>2: no feedback, or all handled by its due date and none left open past it at the period's end;</li>
 * <li>1: at least 90 % handled on time and none left open past its due date;</li>
 * <li>0: under 90 %, or any left open past its due date ("kéo dài": the law's 0 row names it).</li>
 * </ul>
 * The state is read at the end of the period's last day (province zone): an item handled after that is still open
 * for this period; an item open and not yet due then is not judged yet and left out of the share. Due dates are
 * compared by day (handled on the due day is on time), like the dossier's appointed date.
 */
public final class FeedbackHandlingIndicator implements UnitIndicator {
    public static final int NUMBER = 8;
    public static final String NAME = "Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, "
            + "cá nhân";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(UnitPeriodFacts facts, EvaluationContext context) {
        ZoneId zone = context.zone();
        LocalDate end = facts.period().to();
        int onTime = 0;
        int late = 0;
        int dragging = 0;
        for (UnitPeriodFacts.FeedbackItem item : facts.feedback()) {
            LocalDate due = item.dueAt().atZone(zone).toLocalDate();
            LocalDate handled = item.handledAt() == null ? null : item.handledAt().atZone(zone).toLocalDate();
            if (handled != null && !handled.isAfter(end)) {
                if (handled.isAfter(due)) {
                    late++;
                } else {
                    onTime++;
                }
            } else if (!due.isAfter(end)) {
                dragging++;
            }
        }
        int judged = onTime + late + dragging;
        if (judged == 0) {
            return IndicatorResult.scored(NUMBER, 2, facts.feedback().isEmpty() ? "Không có phản ánh, kiến nghị"
                    : "Không có phản ánh, kiến nghị đến hạn xử lý trong kỳ");
        }
        String counts = onTime + "/" + judged + " phản ánh, kiến nghị xử lý đúng hạn";
        if (dragging > 0) {
            return IndicatorResult.scored(NUMBER, 0, counts + "; " + dragging + " quá hạn chưa xử lý");
        }
        if (onTime == judged) {
            return IndicatorResult.scored(NUMBER, 2, counts);
        }
        return onTime * 10 >= judged * 9
                ? IndicatorResult.scored(NUMBER, 1, counts + " (từ 90% trở lên)")
                : IndicatorResult.scored(NUMBER, 0, counts + " (dưới 90%)");
    }
}
