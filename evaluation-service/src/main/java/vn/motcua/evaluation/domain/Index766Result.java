package vn.motcua.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The service-quality index of Decision 766/QĐ-TTg for an agency or province and period: five groups of 100 points
 * (domain.md §6), each sub-indicator with its numerator, denominator and the threshold of full points.
 *
 * @param total        points over the sub-indicators with data
 * @param maxAvailable the maximum of the sub-indicators with data (100 when all have data)
 */
public record Index766Result(String policy, List<Group> groups, BigDecimal total, BigDecimal maxAvailable) {
    public Index766Result {
        groups = List.copyOf(groups);
    }

    /** @param code 1 to 5; {@code name} in Vietnamese, e.g. "Công khai, minh bạch" */
    public record Group(int code, String name, BigDecimal max, BigDecimal points, List<Sub> subIndicators) {
        public Group {
            subIndicators = List.copyOf(subIndicators);
        }

        /**
         * The group's maximum over its sub-indicators with data, as {@link Index766Result#maxAvailable()} counts
         * the total's: a count the platform cannot know is left out, never scored as zero.
         */
        public BigDecimal maxAvailable() {
            return subIndicators.stream().filter(s -> s.points() != null).map(Sub::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * @param code        e.g. {@code 2.1}
     * @param numerator   null when the platform has no data for it
     * @param denominator null likewise; 0 when nothing was there to count (then full points: nothing was late)
     * @param ratio       numerator / denominator, 4 decimals; null without data
     * @param fullAt      the ratio that earns the full points (e.g. 0.80); below it, points = ratio / fullAt × max
     * @param points      null without data
     * @param definition  Vietnamese: what is counted over what
     */
    public record Sub(String code, String name, Integer numerator, Integer denominator, BigDecimal ratio,
            BigDecimal fullAt, BigDecimal max, BigDecimal points, String definition) {
    }
}
