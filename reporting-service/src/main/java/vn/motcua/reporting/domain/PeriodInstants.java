package vn.motcua.reporting.domain;

import java.time.Instant;
import java.time.ZoneId;
import vn.motcua.events.ReportingPeriod;

/**
 * A period's days as the half-open instant range the counting rules compare with: {@code [from 00:00, to + 1 day
 * 00:00)} in the province's zone (Asia/Ho_Chi_Minh), so a dossier received at 23:59 on the last day counts, one
 * received at 00:00 the day after does not.
 *
 * @param start the first instant of the period
 * @param end   the first instant after it
 */
public record PeriodInstants(Instant start, Instant end) {
    public static PeriodInstants of(ReportingPeriod period, ZoneId zone) {
        return new PeriodInstants(period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * The instant "past the due date" is judged at (columns 12-13 of II.06b): the period's end, or now while the period
     * runs, so a dossier due next week is not late yet. Nothing else of a running period needs it: no event lies
     * after now.
     */
    public Instant lateAsOf(Instant now) {
        return now.isBefore(end) ? now : end;
    }
}
