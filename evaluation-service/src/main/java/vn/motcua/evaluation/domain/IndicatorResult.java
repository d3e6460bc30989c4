package vn.motcua.evaluation.domain;

import java.util.Objects;

/**
 * One indicator's outcome: scored 0, 1 or 2 points (Circular 01/2018/TT-VPCP Art. 13), pending while its facts are
 * not known yet (not zero: "chỉ tiêu không có dữ liệu thì không tính", Art. 15 cl. 4b), or without data for good
 * (e.g. indicator 2 of a procedure with no step shares).
 *
 * @param reason Vietnamese, for the official who reads why (e.g. "Giải quyết trước hạn 2 ngày")
 */
public record IndicatorResult(int indicator, Status status, Integer points, String reason) {
    public enum Status {
        SCORED, PENDING, NO_DATA
    }

    public IndicatorResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (indicator < 1 || indicator > 9) {
            throw new IllegalArgumentException("indicators are numbered 1 to 9: " + indicator);
        }
        if ((status == Status.SCORED) != (points != null)) {
            throw new IllegalArgumentException("points are given exactly when scored: " + status + " " + points);
        }
        if (points != null && (points < 0 || points > 2)) {
            throw new IllegalArgumentException("an indicator scores 0 to 2 points: " + points);
        }
    }

    public static IndicatorResult scored(int indicator, int points, String reason) {
        return new IndicatorResult(indicator, Status.SCORED, points, reason);
    }

    public static IndicatorResult pending(int indicator, String reason) {
        return new IndicatorResult(indicator, Status.PENDING, null, reason);
    }

    public static IndicatorResult noData(int indicator, String reason) {
        return new IndicatorResult(indicator, Status.NO_DATA, null, reason);
    }

    public boolean isScored() {
        return status == Status.SCORED;
    }
}
