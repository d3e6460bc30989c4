package vn.motcua.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.motcua.events.ProcedureTerms;

/**
 * Chỉ số 6: công khai các TTHC (Circular 01/2018/TT-VPCP Art. 13; per dossier, Art. 14 cl. 1, and for a unit or
 * agency the mean of its dossiers' points). Judged on the procedure version in force on the reception day:
 * <ul>
 * <li>2: published in the platform's public catalogue (online), complete and timely;</li>
 * <li>1: published online, but late or incomplete;</li>
 * <li>0: no published version known.</li>
 * </ul>
 * Complete: the components of Decree 63/2010 Art. 8 cl. 2 the catalogue carries: name, field, competent agency, at
 * least one case variant with its time limit, the required papers, the fees (an empty list is the catalogue's
 * explicit "không thu phí": its form defaults to none) and the publishing decision. Timely: the decision dated at
 * least 5 working days before the version takes effect (Decision 766/QĐ-TTg indicator 1.1 for provinces; 20 for
 * ministries, not a province's case), counted on the province's calendar.
 *
 * <p>The law's 2 points ask for "correct, complete, timely, posted AND online". Posting at the one-stop desk is not
 * a fact the platform sees: it is entered by hand as the manual item {@code POSTED_AT_ONE_STOP} of the agency's
 * assessment and shown beside the scorecard; this indicator scores what the system knows, the online publication.
 * Pending until resolved, like every per-dossier indicator (the dossier is scored at its resolution).
 */
public final class PublicDisclosureIndicator implements DossierIndicator {
    public static final int NUMBER = 6;
    public static final String NAME = "Công khai các TTHC";
    /** Decision 766/QĐ-TTg 1.1: a province decides at least 5 working days before the effective date. */
    static final int WORKING_DAYS_BEFORE = 5;

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(DossierFacts facts, EvaluationContext context) {
        if (facts.resolution().isEmpty()) {
            return DossierIndicator.unresolved(NUMBER);
        }
        if (facts.procedure().isEmpty()) {
            return IndicatorResult.scored(NUMBER, 0, "Không có thủ tục được công bố, công khai trên hệ thống");
        }
        ProcedureTerms terms = facts.procedure().get();
        List<String> missing = missing(terms);
        boolean timely = timely(terms, context.workingDay());
        if (missing.isEmpty() && timely) {
            return IndicatorResult.scored(NUMBER, 2, "Công khai trực tuyến, đầy đủ, đúng hạn");
        }
        List<String> faults = new ArrayList<>();
        if (!missing.isEmpty()) {
            faults.add("thiếu " + String.join(", ", missing));
        }
        if (!timely) {
            faults.add("quyết định công bố " + Dates.day(terms.decision().date()) + " chậm (hiệu lực "
                    + Dates.day(terms.effectiveFrom()) + ", cần trước " + WORKING_DAYS_BEFORE + " ngày làm việc)");
        }
        return IndicatorResult.scored(NUMBER, 1, "Công khai trực tuyến nhưng " + String.join("; ", faults));
    }

    /** The components of Decree 63/2010 Art. 8 cl. 2 the version lacks, in Vietnamese. */
    static List<String> missing(ProcedureTerms terms) {
        List<String> missing = new ArrayList<>();
        if (terms.name().isBlank()) {
            missing.add("tên thủ tục");
        }
        if (terms.fieldCode().isBlank()) {
            missing.add("lĩnh vực");
        }
        if (terms.agencyCode().isBlank()) {
            missing.add("cơ quan thực hiện");
        }
        if (terms.caseVariants().stream().noneMatch(v -> v.timeLimit() != null)) {
            missing.add("thời hạn giải quyết");
        }
        if (terms.requiredPapers().stream().allMatch(String::isBlank)) {
            missing.add("thành phần hồ sơ");
        }
        if (terms.decision().number().isBlank()) {
            missing.add("quyết định công bố");
        }
        return missing;
    }

    /** Whether the decision is dated on or before the 5th working day before the version took effect. */
    static boolean timely(ProcedureTerms terms, Predicate<LocalDate> workingDay) {
        return !terms.decision().date().isAfter(workingDaysBefore(terms.effectiveFrom(), WORKING_DAYS_BEFORE,
                workingDay));
    }

    /** The working day {@code n} working days before {@code day} (a day off in between is skipped). */
    static LocalDate workingDaysBefore(LocalDate day, int n, Predicate<LocalDate> workingDay) {
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDay.test(d)) {
                counted++;
            }
        }
        return d;
    }
}
