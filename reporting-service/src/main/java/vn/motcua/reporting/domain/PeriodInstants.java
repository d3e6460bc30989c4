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
     * The period as far as it has run at {@code now}: a running period ends now, so "in progress" and "past the due
     * date" (columns 11-13 of II.06b) are as of today, not as of its last day still to come (a dossier due next week
     * is not late yet); a period not begun yet is empty; a closed period is unchanged.
     */
    public static PeriodInstants of(ReportingPeriod period, ZoneId zone, Instant now) {
        PeriodInstants whole = of(period, zone);
        if (!now.isBefore(whole.end())) {
            return whole;
        }
        return new PeriodInstants(whole.start(), now.isBefore(whole.start()) ? whole.start() : now);
    }
}
