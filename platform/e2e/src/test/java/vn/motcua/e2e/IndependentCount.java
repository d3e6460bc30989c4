package vn.motcua.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Form II.06b (Circular 01/2020/TT-VPCP, Biểu số II.06b/VPCP/KSTT) counted by the test itself from the dossiers' own
 * event history ({@link ReportHistory.Dossier}), by the counting rules the reporting service documents and never by
 * its code: a dossier counts from its acceptance (Decree 61/2018 Art. 16), is open from then until it is resolved,
 * withdrawn or closed, belongs to the field of the procedure version in force on its acceptance day, and is judged
 * at the period's end against the due date in force at that instant (null while waiting for a supplement). A period
 * {@code [from, to]} is the instants {@code [from 00:00, to+1 00:00)} in Vietnam.
 */
final class IndependentCount {
    /** The columns of II.06b in the order the circular numbers them (3 to 13), then the one outside the form. */
    static final List<String> COLUMNS = List.of("received.total", "received.online", "received.directOrPostal",
            "received.carriedOver", "resolved.total", "resolved.early", "resolved.onTime", "resolved.late",
            "inProgress.total", "inProgress.withinDue", "inProgress.overdue", "stopped");

    static final String TOTAL = "TOTAL";

    private IndependentCount() {
    }

    /** Every row (fields by code, then TOTAL) of the period, each cell a whole number. */
    static Map<String, Map<String, Long>> form06b(List<ReportHistory.Dossier> dossiers, LocalDate from,
            LocalDate to) {
        Instant start = from.atStartOfDay(WorkingDays.VIETNAM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDays.VIETNAM).toInstant();
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        Map<String, Long> total = empty();
        for (ReportHistory.Dossier d : dossiers) {
            Map<String, Long> cells = cells(d, start, end);
            if (cells.values().stream().allMatch(v -> v == 0)) {
                continue;
            }
            String field = fieldOf(d);
            Map<String, Long> row = rows.computeIfAbsent(field, k -> empty());
            cells.forEach((k, v) -> {
                row.merge(k, v, Long::sum);
                total.merge(k, v, Long::sum);
            });
        }
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>(rows);
        ordered.put(TOTAL, total);
        return ordered;
    }

    /** What one dossier adds to its row: 0 or 1 per column. */
    static Map<String, Long> cells(ReportHistory.Dossier d, Instant start, Instant end) {
        Map<String, Long> c = empty();
        Instant received = d.receivedAt();
        Instant ended = endedAt(d);
        boolean inPeriod = !received.isBefore(start) && received.isBefore(end);
        boolean carriedOver = received.isBefore(start) && (ended == null || !ended.isBefore(start));
        if (!inPeriod && !carriedOver) {
            return c;
        }
        boolean online = List.of("ONLINE_PROVINCIAL_PORTAL", "ONLINE_NATIONAL_PORTAL", "VNEID",
                "NATIONAL_SINGLE_WINDOW").contains(d.channel());
        c.put("received.online", inPeriod && online ? 1L : 0L);
        c.put("received.directOrPostal", inPeriod && !online ? 1L : 0L);
        c.put("received.carriedOver", carriedOver ? 1L : 0L);
        c.put("received.total", 1L);
        if (d.resolvedAt() != null && !d.resolvedAt().isBefore(start) && d.resolvedAt().isBefore(end)
                && d.resolvedAt().equals(ended)) {
            c.put("resolved.total", 1L);
            c.put("resolved." + timeliness(d), 1L);
        }
        if (ended == null || !ended.isBefore(end)) {
            c.put("inProgress.total", 1L);
            Instant due = dueInForce(d, end);
            c.put(due == null || !due.isBefore(end) ? "inProgress.withinDue" : "inProgress.overdue", 1L);
        }
        Instant stoppedAt = d.withdrawnAt() != null ? d.withdrawnAt() : d.closedAt();
        if (stoppedAt != null && stoppedAt.equals(ended) && !stoppedAt.isBefore(start) && stoppedAt.isBefore(end)) {
            c.put("stopped", 1L);
        }
        return c;
    }

    /** The first of resolution, withdrawal and closing; null while open. */
    static Instant endedAt(ReportHistory.Dossier d) {
        return java.util.stream.Stream.of(d.resolvedAt(), d.withdrawnAt(), d.closedAt())
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The field of the procedure version in force on the acceptance day (the import pins that version). */
    static String fieldOf(ReportHistory.Dossier d) {
        LocalDate day = d.receivedAt().atZone(WorkingDays.VIETNAM).toLocalDate();
        ReportHistory.Version v = d.procedure().versionOn(day);
        return v == null ? "UNKNOWN" : v.field();
    }

    /**
     * The due date in force just before {@code at}: the receipt's, none while a supplement is awaited, the restarted
     * one once it came back, the apology's new one (the latest of these dated before {@code at}).
     */
    static Instant dueInForce(ReportHistory.Dossier d, Instant at) {
        record Due(Instant from, Instant due) {
        }
        List<Due> rows = new ArrayList<>();
        rows.add(new Due(d.receivedAt(), d.dueAt()));
        for (ReportHistory.Supplement s : d.supplements()) {
            rows.add(new Due(s.requestedAt(), null));
            if (s.completedAt() != null) {
                rows.add(new Due(s.completedAt(), s.dueAfter()));
            }
        }
        if (d.extension() != null) {
            rows.add(new Due(d.extension().at(), d.extension().newDueAt()));
        }
        Due inForce = null;
        for (Due r : rows) {
            if (r.from().isBefore(at) && (inForce == null || !r.from().isBefore(inForce.from()))) {
                inForce = r;
            }
        }
        return inForce == null ? null : inForce.due();
    }

    /**
     * Trước hạn / đúng hạn / quá hạn: the day of the resolution against the day of the due date in force then, in
     * Vietnam (the receipt prints only the date).
     */
    static String timeliness(ReportHistory.Dossier d) {
        Instant due = dueInForce(d, d.resolvedAt().plusNanos(1));
        LocalDate resolved = d.resolvedAt().atZone(WorkingDays.VIETNAM).toLocalDate();
        LocalDate dueDay = due.atZone(WorkingDays.VIETNAM).toLocalDate();
        return resolved.isBefore(dueDay) ? "early" : resolved.isEqual(dueDay) ? "onTime" : "late";
    }

    /** The sum of rows, cell by cell (the national TOTAL). */
    static Map<String, Long> sum(List<Map<String, Long>> rows) {
        Map<String, Long> total = empty();
        rows.forEach(r -> r.forEach((k, v) -> total.merge(k, v, Long::sum)));
        return total;
    }

    static Map<String, Long> empty() {
        Map<String, Long> m = new LinkedHashMap<>();
        COLUMNS.forEach(c -> m.put(c, 0L));
        return m;
    }
}
