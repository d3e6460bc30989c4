package vn.motcua.evaluation.domain;

import vn.motcua.events.Timeliness;

/**
 * Chỉ số 1: tổng thời gian giải quyết hồ sơ so với thời gian quy định (total resolution time against the
 * prescribed time). Trước hạn (early) 2 points, đúng hạn (on time) 1, quá hạn (late) 0.
 *
 * <p>Source: Decree 61/2018/NĐ-CP Art. 31 (the indicators of dossier evaluation) and Circular
 * 01/2018/TT-VPCP ch. III (how agencies score them). [verify] the article of the Circular that fixes the
 * 0/1/2 scale, and whether Decree 118/2025/NĐ-CP (in force 1 July 2025) changed it: domain.md §5 marks the
 * scale as our best understanding, not yet checked against the text. If it differs, the text wins and this
 * class becomes effective-dated.
 */
public final class ResolutionTimeIndicator {
    public static final int NUMBER = 1;
    public static final int MAX_POINTS = 2;

    private ResolutionTimeIndicator() {
    }

    public static int points(Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY -> 2;
            case ON_TIME -> 1;
            case LATE -> 0;
        };
    }
}
