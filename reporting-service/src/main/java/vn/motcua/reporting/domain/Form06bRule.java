package vn.motcua.reporting.domain;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.events.Timeliness;

/**
 * How one dossier counts in form II.06b of a period (Circular 01/2020/TT-VPCP, Biểu số II.06b/VPCP/KSTT; the
 * definitions of the contract of issue 16). A dossier counts from its acceptance (Decree 61/2018 Art. 16). It is in
 * (3) when it was open at some instant of {@code [start, end)}: received in the period (online (4) or at the desk
 * or by post (5)) or carried over, open at {@code start} (6). Of those, it is resolved (7) when resolved in the
 * period, by its timeliness (8)-(10); in progress (11) when still open at {@code end}, overdue (13) when the due date
 * in force at {@code end} had passed, otherwise within it (12), a stopped clock (waiting for the applicant's
 * supplement) or a missing due history counting as within; stopped (outside the form) when withdrawn or closed in the period. So
 * (3) = (7) + (11) + stopped. Nothing after {@code end} changes a period's figures.
 *
 * <p>The SQL of {@code FormQueries06b} computes the same in the database; this function is its specification and the
 * independent count of the tests.
 */
public final class Form06bRule {
    private Form06bRule() {
    }

    public static Form06bCounts count(DossierHistory d, PeriodInstants period) {
        Instant start = period.start();
        Instant end = period.end();
        boolean receivedInPeriod = !d.receivedAt().isBefore(start) && d.receivedAt().isBefore(end);
        boolean carriedOver = d.openAt(start);
        if (!receivedInPeriod && !carriedOver) {
            return Form06bCounts.NONE;
        }
        Optional<Instant> ended = d.endedAt();
        boolean endedInPeriod = ended.filter(e -> !e.isBefore(start) && e.isBefore(end)).isPresent();
        boolean resolved = endedInPeriod && d.resolvedAt() != null;
        boolean openAtEnd = ended.map(e -> !e.isBefore(end)).orElse(true);
        boolean overdue = openAtEnd && d.dueAt(end).flatMap(due -> due).filter(due -> due.isBefore(end)).isPresent();
        boolean online = d.channel().online();
        return new Form06bCounts(
                one(receivedInPeriod && online), one(receivedInPeriod && !online), one(carriedOver),
                one(resolved && d.timeliness() == Timeliness.EARLY), one(resolved && d.timeliness() == Timeliness.ON_TIME),
                one(resolved && d.timeliness() == Timeliness.LATE), one(openAtEnd && !overdue), one(overdue),
                one(endedInPeriod && !resolved));
    }

    private static long one(boolean counted) {
        return counted ? 1 : 0;
    }
}
