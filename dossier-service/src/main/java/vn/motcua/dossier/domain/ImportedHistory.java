package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ReturnMethod;

/**
 * The action log of a dossier handled by a province's previous system, rebuilt from the dates that system kept
 * (migration import, issue 13 item 8). History is recorded, not re-decided: the appointed date is the one printed
 * on the old receipt ({@code dueAt}, Decree 118/2025 Art. 17 cl. 3; Decree 61/2018 Art. 17 cl. 3), never
 * recomputed; a second supplement request (against Art. 19 cl. 5, "một lần") and an apology on the last day
 * (Art. 19 cl. 6) are kept as they happened, so that Decision 766/QĐ-TTg counts them late. Only the order of
 * events must make sense: the caller validates the log with {@link DossierLifecycle#replay}, which refuses what the
 * state machine does not allow (a result before the supplement came back, a return before the result).
 *
 * <p>The one date computed is a restart after a complete supplement when the old system did not keep it: the full
 * time limit from the completion (Art. 19 cl. 5), over the province's calendar ({@link DeadlineClock}).
 */
public final class ImportedHistory {
    /** A reason the old system did not record; a withdrawal or closure still carries one in the log. */
    public static final String NO_REASON = "không ghi lý do trong hệ thống cũ (not recorded by the previous system)";

    private ImportedHistory() {
    }

    /**
     * What the previous system kept of one dossier. Nullable: all but {@code submittedAt} and {@code supplements}.
     *
     * @param acceptedAt tiếp nhận; null when it was never accepted (still submitted, withdrawn before)
     * @param dueAt      the appointed date on the old receipt; required with {@code acceptedAt}
     * @param reason     of a refusal (outcome REFUSED, required), a withdrawal or a closure
     */
    public record Past(Instant submittedAt, Instant acceptedAt, Instant dueAt, List<SupplementPast> supplements,
            ExtensionPast extension, Instant resolvedAt, Outcome outcome, String reason, Instant returnedAt,
            ReturnMethod returnMethod, Instant withdrawnAt, Instant closedAt) {
        public Past {
            supplements = List.copyOf(supplements);
        }
    }

    /** @param dueAfter the restarted appointed date the old system set, if it kept one */
    public record SupplementPast(Instant requestedAt, Instant completedAt, Instant dueAfter, String reason) {
    }

    public record ExtensionPast(Instant at, Instant newDueAt, String reason, String signedBy) {
    }

    /** An entry before numbering: when, what, which field of the row said so, and its facts. */
    private record Dated(Instant at, DossierAction action, String field, int round, Instant dueAfter,
            ActionFacts facts) {
    }

    /**
     * The log in time order, each entry with the row's field that dated it ({@link #fieldOf}).
     *
     * @param limit the case variant's time limit, for a restart the row does not date; null when unknown
     * @throws LifecycleRefusal naming the row's field when the dates cannot make a log
     */
    public static List<LoggedAction> log(Past past, String actor, TimeLimit limit, Instant now,
            WorkingCalendar calendar) {
        List<Dated> dated = dated(past, now);
        List<LoggedAction> log = new ArrayList<>(dated.size());
        Instant due = null;
        for (Dated d : dated) {
            Instant before = due;
            Instant after = switch (d.action()) {
                case RECEIVE -> d.dueAfter();
                case SUPPLEMENT -> d.dueAfter() != null ? d.dueAfter() : restart(d, limit, calendar);
                case EXTEND -> {
                    if (due != null && !d.dueAfter().isAfter(due)) {
                        throw new LifecycleRefusal("invalid-history", "extension.newDueAt", "must be after the "
                                + "appointed date it replaces, " + due);
                    }
                    yield d.dueAfter();
                }
                default -> due;
            };
            due = after;
            log.add(new LoggedAction(log.size() + 1, d.action(), actor, d.at(), before, after, d.facts()));
        }
        return log;
    }

    /** The row's field that dated the {@code index}-th entry of {@link #log}'s answer, to name in a refusal. */
    public static String fieldOf(Past past, int index, Instant now) {
        return dated(past, now).get(index).field();
    }

    private static Instant restart(Dated d, TimeLimit limit, WorkingCalendar calendar) {
        if (limit == null) {
            throw new LifecycleRefusal("invalid-history", "supplements[" + d.round() + "].dueAfter", "is required: "
                    + "the procedure's time limit is unknown, so the restarted date cannot be computed");
        }
        return DeadlineClock.startAt(d.at(), limit).dueAt(calendar);
    }

    private static List<Dated> dated(Past past, Instant now) {
        List<Dated> dated = new ArrayList<>();
        if (past.acceptedAt() == null || past.submittedAt().isBefore(past.acceptedAt())) {
            dated.add(new Dated(past.submittedAt(), DossierAction.SUBMIT, "submittedAt", 0, null,
                    new ActionFacts.None()));
        }
        if (past.acceptedAt() != null) {
            if (past.acceptedAt().isBefore(past.submittedAt())) {
                throw refusal("acceptedAt", "must not be before submittedAt");
            }
            if (past.dueAt() == null) {
                throw refusal("dueAt", "is required when acceptedAt is given: the appointed date of the old receipt");
            }
            if (past.dueAt().isBefore(past.acceptedAt())) {
                throw refusal("dueAt", "must not be before acceptedAt");
            }
            dated.add(new Dated(past.acceptedAt(), DossierAction.RECEIVE, "acceptedAt", 0, past.dueAt(),
                    new ActionFacts.None()));
        } else if (past.dueAt() != null) {
            throw refusal("dueAt", "is given but acceptedAt is not: a dossier has an appointed date once accepted");
        }
        for (int i = 0; i < past.supplements().size(); i++) {
            SupplementPast s = past.supplements().get(i);
            dated.add(new Dated(s.requestedAt(), DossierAction.REQUEST_SUPPLEMENT, "supplements[" + i + "].requestedAt",
                    i, null, new ActionFacts.Reason(s.reason())));
            if (s.completedAt() != null) {
                if (s.completedAt().isBefore(s.requestedAt())) {
                    throw refusal("supplements[" + i + "].completedAt", "must not be before its requestedAt");
                }
                dated.add(new Dated(s.completedAt(), DossierAction.SUPPLEMENT, "supplements[" + i + "].completedAt",
                        i, s.dueAfter(), new ActionFacts.None()));
            } else if (s.dueAfter() != null) {
                throw refusal("supplements[" + i + "].dueAfter", "is given but completedAt is not");
            }
        }
        ExtensionPast x = past.extension();
        if (x != null) {
            dated.add(new Dated(x.at(), DossierAction.EXTEND, "extension.at", 0, x.newDueAt(),
                    new ActionFacts.Extension(x.reason(), x.signedBy())));
        }
        if (past.resolvedAt() != null) {
            Outcome outcome = past.outcome() == null ? Outcome.APPROVED : past.outcome();
            if (outcome == Outcome.REFUSED && past.reason() == null) {
                throw refusal("reason", "is required when the outcome is REFUSED (Decree 118/2025 Art. 19 cl. 3)");
            }
            dated.add(new Dated(past.resolvedAt(), DossierAction.RESOLVE, "resolvedAt", 0, null,
                    new ActionFacts.Resolution(outcome, outcome == Outcome.REFUSED ? past.reason() : null, null,
                            false, false)));
        } else if (past.outcome() != null) {
            throw refusal("outcome", "is given but resolvedAt is not");
        }
        if (past.returnedAt() != null) {
            if (past.returnMethod() == null) {
                throw refusal("returnMethod", "is required when returnedAt is given");
            }
            dated.add(new Dated(past.returnedAt(), DossierAction.RETURN, "returnedAt", 0, null,
                    new ActionFacts.Return(past.returnMethod())));
        } else if (past.returnMethod() != null) {
            throw refusal("returnMethod", "is given but returnedAt is not");
        }
        String endReason = past.reason() != null ? past.reason() : NO_REASON;
        if (past.withdrawnAt() != null) {
            dated.add(new Dated(past.withdrawnAt(), DossierAction.WITHDRAW, "withdrawnAt", 0, null,
                    new ActionFacts.Reason(endReason)));
        }
        if (past.closedAt() != null) {
            dated.add(new Dated(past.closedAt(), DossierAction.CLOSE, "closedAt", 0, null,
                    new ActionFacts.Reason(endReason)));
        }
        for (Dated d : dated) {
            if (d.at().isAfter(now)) {
                throw refusal(d.field(), "must not be in the future: history is what already happened");
            }
        }
        // same instant: the order the lifecycle takes them in (a dossier returned the minute it was resolved)
        dated.sort(Comparator.comparing(Dated::at).thenComparing(Dated::action));
        return dated;
    }

    private static LifecycleRefusal refusal(String field, String message) {
        return new LifecycleRefusal("invalid-history", field, message);
    }
}
