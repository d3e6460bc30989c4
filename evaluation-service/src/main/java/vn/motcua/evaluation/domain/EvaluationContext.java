package vn.motcua.evaluation.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * What a rule needs besides the dossier: the province's clock and working days (from its calendar replica; weekends
 * only while none arrived).
 */
public record EvaluationContext(ZoneId zone, Predicate<LocalDate> workingDay) {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
}
