package vn.motcua.evaluation.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an agency enters by hand because no event can tell it, shown beside the computed scorecard.
 * <ul>
 * <li>{@link #HEAD_SELF_ASSESSMENT}: the head's own assessment (Circular 01/2018/TT-VPCP Art. 15: the head
 * assesses the agency on the same 18 points), optional points 0-18 and a required note;</li>
 * <li>{@link #POSTED_AT_ONE_STOP}: the procedure is posted at the one-stop desk (niêm yết), which indicator 6 asks
 * for besides publication online and which the platform cannot see; a note only.</li>
 * </ul>
 */
public enum AssessmentItem {
    HEAD_SELF_ASSESSMENT("Tự đánh giá của người đứng đầu", new BigDecimal("18")),
    POSTED_AT_ONE_STOP("Niêm yết công khai tại Bộ phận Một cửa", null);

    private final String label;
    private final BigDecimal maxPoints;

    AssessmentItem(String label, BigDecimal maxPoints) {
        this.label = label;
        this.maxPoints = maxPoints;
    }

    public String label() {
        return label;
    }

    /** Empty when the item carries no points. */
    public Optional<BigDecimal> maxPoints() {
        return Optional.ofNullable(maxPoints);
    }

    public static Optional<AssessmentItem> named(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }
}
