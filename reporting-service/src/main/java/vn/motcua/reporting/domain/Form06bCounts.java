package vn.motcua.reporting.domain;

/**
 * The figures of one row of form II.06b (Biểu số II.06b/VPCP/KSTT, Circular 01/2020/TT-VPCP), the columns numbered
 * as the circular prints them; the totals are sums of their parts, so they can never disagree with them.
 */
public record Form06bCounts(long receivedOnline, long receivedDirectOrPostal, long carriedOver, long resolvedEarly,
        long resolvedOnTime, long resolvedLate, long inProgressWithinDue, long inProgressOverdue, long stopped) {
    public static final Form06bCounts NONE = new Form06bCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** (3) = (4) + (5) + (6). */
    public long receivedTotal() {
        return receivedOnline + receivedDirectOrPostal + carriedOver;
    }

    /** (7) = (8) + (9) + (10). */
    public long resolvedTotal() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    /** (11) = (12) + (13). */
    public long inProgressTotal() {
        return inProgressWithinDue + inProgressOverdue;
    }

    public Form06bCounts plus(Form06bCounts o) {
        return new Form06bCounts(receivedOnline + o.receivedOnline, receivedDirectOrPostal + o.receivedDirectOrPostal,
                carriedOver + o.carriedOver, resolvedEarly + o.resolvedEarly, resolvedOnTime + o.resolvedOnTime,
                resolvedLate + o.resolvedLate, inProgressWithinDue + o.inProgressWithinDue,
                inProgressOverdue + o.inProgressOverdue, stopped + o.stopped);
    }
}
