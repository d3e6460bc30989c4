package vn.motcua.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A scorecard of a period changed (kết quả đánh giá: Circular 01/2018/TT-VPCP Art. 15): an officer's (indicators
 * 1, 2, 3, 4, 7, at most 10), a one-stop unit's or agency's (5, 6, 8, 9, at most 8), an agency with its head (all
 * nine, at most 18) or a province's. Carries the whole scorecard as it now stands, so a consumer replaces what it
 * kept; a higher {@code revision} wins.
 *
 * @param subjectKind {@code OFFICER}, {@code UNIT}, {@code AGENCY} or {@code PROVINCE} (text: kinds may be added)
 * @param subject     the officer's user name, {@code agency/unit}, the agency code, or the province code
 * @param periodKind  {@code QUARTER} or {@code YEAR}, cut as the province cuts its reporting periods
 * @param periodLabel e.g. {@code 2026-Q2}, {@code 2026}
 * @param from        first day of the period (inclusive), in the province's calendar
 * @param to          last day of the period (inclusive)
 * @param indicators  each indicator with data: its score (points over dossiers, one decimal, Art. 15 cl. 2)
 * @param total       the sum of the indicator scores
 * @param max         2 per indicator with data
 * @param band        the ranking of Art. 15 cl. 3, e.g. {@code XUAT_SAC}; null when the law ranks none (a unit)
 * @param index766    for an agency or a province: the five groups of the service-quality index of Decision
 *                    766/QĐ-TTg over the same period, as evaluation computed them with this scorecard; empty for
 *                    officers and units (and in events published before it was added)
 */
public record ScorecardChanged(
        String province,
        String subjectKind,
        String subject,
        String periodKind,
        String periodLabel,
        LocalDate from,
        LocalDate to,
        List<IndicatorScore> indicators,
        BigDecimal total,
        BigDecimal max,
        @OptionalField String band,
        int dossiers,
        int revision,
        Instant changedAt,
        @OptionalField List<IndexGroup> index766) implements DomainEvent {

    public ScorecardChanged {
        indicators = List.copyOf(indicators);
        index766 = index766 == null ? List.of() : List.copyOf(index766);
    }

    @Override
    public String aggregateId() {
        return province + ":" + subjectKind + ":" + subject + ":" + periodLabel;
    }

    /**
     * @param indicator 1 to 9
     * @param score     the mean points over {@code dossiers}, rounded to one decimal (for 5, 6, 8, 9 of a unit:
     *                  the period's points)
     * @param dossiers  how many dossiers it averages; 0 for a per-unit indicator
     */
    public record IndicatorScore(int indicator, BigDecimal score, int dossiers) {
    }

    /**
     * One group of the Decision 766 index: {@code 1} công khai, minh bạch; {@code 2} tiến độ, kết quả giải quyết;
     * {@code 3} cung cấp dịch vụ trực tuyến; {@code 4} số hóa hồ sơ; {@code 5} mức độ hài lòng.
     *
     * @param points the group's points, sub-indicators without data left out
     * @param max    the group's maximum over the sub-indicators with data
     */
    public record IndexGroup(int group, String name, BigDecimal points, BigDecimal max) {
    }
}
