package vn.motcua.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Trước hạn / đúng hạn / quá hạn: a dossier resolved before its appointed date is early, on that date on
 * time, after it late (Circular 01/2018/TT-VPCP; the seeds count them so: Lạng Sơn Q2 2022, 442 early, 12 on
 * time, 0 late). Compared by calendar day in the province's time zone, as the receipt shows only the date.
 */
public final class TimelinessRule {
    private TimelinessRule() {
    }

    public static Timeliness classify(Instant resolvedAt, Instant dueAt, ZoneId zone) {
        LocalDate resolved = resolvedAt.atZone(zone).toLocalDate();
        LocalDate due = dueAt.atZone(zone).toLocalDate();
        if (resolved.isBefore(due)) {
            return Timeliness.EARLY;
        }
        return resolved.isEqual(due) ? Timeliness.ON_TIME : Timeliness.LATE;
    }
}
