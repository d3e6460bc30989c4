package vn.motcua.reporting.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;

/**
 * Kết quả giải quyết TTHC of one period: the columns of form II.06b (Circular 01/2020/TT-VPCP; domain.md §7,
 * [verify columns]). The one home of the rule that decides which columns a dossier counts in:
 * <ul>
 *   <li><b>received</b> (số hồ sơ tiếp nhận trong kỳ): received within the period, by channel: trực tuyến
 *       (either portal), trực tiếp (at the centre or the agency), bưu chính;</li>
 *   <li><b>resolved</b> (đã giải quyết): resolved within the period, whenever received, by its timeliness:
 *       trước hạn, đúng hạn, quá hạn;</li>
 *   <li><b>pending</b> (đang giải quyết): received before the period's end and not resolved before it;
 *       quá hạn (overdue) when its appointed date fell before the period's end, else trong hạn.</li>
 * </ul>
 * A dossier may count in several groups (received and resolved in one quarter) and never twice in one.
 * Not yet reported: the form's "carried over from the previous period" (kỳ trước chuyển qua).
 */
public record DossierResults(Received received, Resolved resolved, Pending pending) {

    public record Received(long online, long direct, long postal) {
        public long total() {
            return online + direct + postal;
        }
    }

    public record Resolved(long early, long onTime, long late) {
        public long total() {
            return early + onTime + late;
        }
    }

    public record Pending(long withinDeadline, long overdue) {
        public long total() {
            return withinDeadline + overdue;
        }
    }

    /** What the rule needs to know of a dossier; {@code resolvedAt} and {@code timeliness} null while open. */
    public record Dossier(Channel channel, Instant receivedAt, Instant dueAt, Instant resolvedAt,
            Timeliness timeliness) {
    }

    public enum Column {
        RECEIVED_ONLINE, RECEIVED_DIRECT, RECEIVED_POSTAL,
        RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE,
        PENDING_WITHIN_DEADLINE, PENDING_OVERDUE
    }

    public static Set<Column> columns(ReportPeriod period, Dossier d) {
        Set<Column> columns = EnumSet.noneOf(Column.class);
        if (period.contains(d.receivedAt())) {
            columns.add(switch (d.channel()) {
                case ONLINE_PROVINCIAL_PORTAL, ONLINE_NATIONAL_PORTAL, VNEID, NATIONAL_SINGLE_WINDOW ->
                        Column.RECEIVED_ONLINE;
                case DIRECT_CENTRE, DIRECT_AGENCY -> Column.RECEIVED_DIRECT;
                case POSTAL -> Column.RECEIVED_POSTAL;
            });
        }
        if (period.contains(d.resolvedAt())) {
            columns.add(switch (d.timeliness()) {
                case EARLY -> Column.RESOLVED_EARLY;
                case ON_TIME -> Column.RESOLVED_ON_TIME;
                case LATE -> Column.RESOLVED_LATE;
            });
        }
        boolean openAtEnd = d.receivedAt().isBefore(period.end())
                && (d.resolvedAt() == null || !d.resolvedAt().isBefore(period.end()));
        if (openAtEnd) {
            columns.add(d.dueAt().isBefore(period.end()) ? Column.PENDING_OVERDUE : Column.PENDING_WITHIN_DEADLINE);
        }
        return columns;
    }

    public static DossierResults count(ReportPeriod period, Stream<Dossier> dossiers) {
        Map<Column, Long> n = new EnumMap<>(Column.class);
        dossiers.forEach(d -> columns(period, d).forEach(c -> n.merge(c, 1L, Long::sum)));
        return new DossierResults(
                new Received(get(n, Column.RECEIVED_ONLINE), get(n, Column.RECEIVED_DIRECT),
                        get(n, Column.RECEIVED_POSTAL)),
                new Resolved(get(n, Column.RESOLVED_EARLY), get(n, Column.RESOLVED_ON_TIME),
                        get(n, Column.RESOLVED_LATE)),
                new Pending(get(n, Column.PENDING_WITHIN_DEADLINE), get(n, Column.PENDING_OVERDUE)));
    }

    private static long get(Map<Column, Long> n, Column c) {
        return n.getOrDefault(c, 0L);
    }
}
