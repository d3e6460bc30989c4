package vn.motcua.evaluation.domain;

/**
 * Counts of Decision 766/QĐ-TTg that {@link Index766Inputs} does not carry; {@code null} where the platform has no
 * data (the sub-indicator is then shown without data, never as zero).
 *
 * @param totalResolutionDays      Σ days from acceptance to resolution of the dossiers resolved in the period (2.2,
 *                                 monitoring only)
 * @param feedbackRatings          ratings of the period that rated the content PHAN_ANH (5.2)
 * @param feedbackRatingsSatisfied of them, rated 1 or 2 (hài lòng, rất hài lòng)
 */
public record Index766Extras(Integer totalResolutionDays, Integer feedbackRatings, Integer feedbackRatingsSatisfied) {
    public static final Index766Extras NONE = new Index766Extras(null, null, null);
}
