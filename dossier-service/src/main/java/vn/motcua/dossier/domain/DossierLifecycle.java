package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.TimelinessRule;

/**
 * Decides a dossier's next action and derives its state from its action log, through the state machine. Plain
 * Java: the service loads the log, asks for the next entry, appends it and stores the derived state as a read
 * model. Each decision checks the state machine first ({@link IllegalTransitionException}), then the rules that
 * depend on the dossier's history ({@link LifecycleRefusal}). Articles are of Decree 118/2025 unless named.
 */
public final class DossierLifecycle {
    private DossierLifecycle() {
    }

    /** Nộp: the system acknowledges an online or postal dossier; no time limit runs yet (Art. 17 cl. 2). */
    public static LoggedAction submit(String actor, Instant submittedAt) {
        DossierStateMachine.apply(Optional.empty(), DossierAction.SUBMIT);
        return new LoggedAction(1, DossierAction.SUBMIT, actor, submittedAt, null, null);
    }

    /**
     * Tiếp nhận: the first entry at the desk, or the acceptance of a submitted dossier. The resolution time runs
     * from acceptance, not submission (Art. 17 cl. 3; Decree 61/2018 Art. 17 cl. 3), so {@code clock} starts at
     * {@code acceptedAt}.
     *
     * @param current empty at the desk, the submitted dossier's state otherwise
     */
    public static LoggedAction receive(Optional<DossierState> current, String actor, Instant acceptedAt,
            DeadlineClock clock, WorkingCalendar calendar) {
        DossierStateMachine.apply(current.map(DossierState::status), DossierAction.RECEIVE);
        current.ifPresent(s -> notBefore(s, acceptedAt, "acceptedAt"));
        return new LoggedAction(next(current), DossierAction.RECEIVE, actor, acceptedAt, null,
                clock.dueAt(calendar));
    }

    /** The desk's acceptance of a dossier handed in at the counter (opens its life). */
    public static LoggedAction receive(String actor, Instant acceptedAt, DeadlineClock clock, WorkingCalendar calendar) {
        return receive(Optional.empty(), actor, acceptedAt, clock, calendar);
    }

    /** Phiếu yêu cầu bổ sung before acceptance: the clock has not started, nothing moves (Art. 17 cl. 1a). */
    public static LoggedAction requestPapers(DossierState current, String actor, Instant at, String reason) {
        return plain(current, DossierAction.REQUEST_PAPERS, actor, at, new ActionFacts.Reason(reason));
    }

    /** The applicant sends the papers asked at reception: the dossier waits for acceptance again. */
    public static LoggedAction addPapers(DossierState current, String actor, Instant at) {
        return plain(current, DossierAction.ADD_PAPERS, actor, at, new ActionFacts.None());
    }

    /** Phiếu từ chối tiếp nhận (Art. 17 cl. 1b). */
    public static LoggedAction refuse(DossierState current, String actor, Instant at, String reason) {
        return plain(current, DossierAction.REFUSE, actor, at, new ActionFacts.Reason(reason));
    }

    /** Chuyển xử lý to a step's unit, officer or co-operating agency (Art. 18, Art. 20). */
    public static LoggedAction handOver(DossierState current, String actor, Instant at, ActionFacts.HandOver to) {
        return plain(current, DossierAction.HAND_OVER, actor, at, to);
    }

    /**
     * Yêu cầu bổ sung during appraisal: asked once ("một lần", Art. 16 cl. 3, Art. 19 cl. 5; Decree 61/2018
     * Art. 15 cl. 3). A second request is refused here; whether it comes within 3 working days of reception is
     * judged by {@code withinWindow} (SupplementWindow) and refused when it does not ({@link ActionRules}).
     */
    public static LoggedAction requestSupplement(DossierState current, String actor, Instant at, String reason,
            boolean withinWindow) {
        DossierStateMachine.apply(current.status(), DossierAction.REQUEST_SUPPLEMENT);
        notBefore(current, at, "at");
        ActionRules.Facts facts = ActionRules.of(current);
        ActionRules.supplementRequest(facts.supplementRequested(), facts.supplementRequestedAt(), withinWindow)
                .ifPresent(refusal -> {
                    throw refusal;
                });
        return new LoggedAction(next(Optional.of(current)), DossierAction.REQUEST_SUPPLEMENT, actor, at,
                current.dueAt(), current.dueAt(), new ActionFacts.Reason(reason));
    }

    /**
     * Nhận đủ hồ sơ bổ sung: the time limit restarts from zero at {@code at} ("thời hạn giải quyết được tính lại
     * từ đầu sau khi nhận đủ hồ sơ", Art. 19 cl. 5), over the province's calendar of today.
     */
    public static LoggedAction supplement(DossierState current, String actor, Instant at, TimeLimit limit,
            WorkingCalendar calendar) {
        DossierStateMachine.apply(current.status(), DossierAction.SUPPLEMENT);
        notBefore(current, at, "at");
        Instant restarted = DeadlineClock.startAt(at, limit).dueAt(calendar);
        return new LoggedAction(next(Optional.of(current)), DossierAction.SUPPLEMENT, actor, at, current.dueAt(),
                restarted);
    }

    /**
     * Phiếu xin lỗi và hẹn lại ngày trả: the new date may be set once (Art. 19 cl. 6; Decree 61/2018 Art. 19
     * cl. 9) and must be later than the date it replaces. That it comes at least a day before the due date is
     * judged by ApologyRule before this is called.
     */
    public static LoggedAction extend(DossierState current, String actor, Instant at, Instant newDueAt,
            ActionFacts.Extension apology) {
        DossierStateMachine.apply(current.status(), DossierAction.EXTEND);
        notBefore(current, at, "at");
        if (current.extension() != null) {
            throw new LifecycleRefusal("already-extended", null, "the appointed date was already moved once,"
                    + " to " + current.extension().dueAfter() + "; it may be set again only once (Decree 118/2025"
                    + " Art. 19 cl. 6)");
        }
        if (!newDueAt.isAfter(current.dueAt())) {
            throw new LifecycleRefusal("invalid-new-due-date", "newDueDate", "the new date must be after the "
                    + "appointed date " + current.dueAt());
        }
        return new LoggedAction(next(Optional.of(current)), DossierAction.EXTEND, actor, at, current.dueAt(),
                newDueAt, apology);
    }

    /** Giải quyết: a result, approved or refused with reasons; the appointed date stays as it was. */
    public static LoggedAction resolve(DossierState current, String actor, Instant at, ActionFacts.Resolution result) {
        return plain(current, DossierAction.RESOLVE, actor, at, result);
    }

    /** Giải quyết, approved, without a result reference (the thin slice's call). */
    public static LoggedAction resolve(DossierState current, String actor, Instant at) {
        return resolve(current, actor, at, new ActionFacts.Resolution(vn.motcua.events.Outcome.APPROVED, null, null,
                false, false));
    }

    /** Trả kết quả (Art. 22). */
    public static LoggedAction returnResult(DossierState current, String actor, Instant at, ActionFacts.Return how) {
        return plain(current, DossierAction.RETURN, actor, at, how);
    }

    /** Dừng giải quyết at the applicant's request, until the decision (Art. 21). */
    public static LoggedAction withdraw(DossierState current, String actor, Instant at, String reason) {
        return plain(current, DossierAction.WITHDRAW, actor, at, new ActionFacts.Reason(reason));
    }

    /** Kết thúc: the supplement did not come in time (Art. 19 cl. 5); judged by SupplementDeadline. */
    public static LoggedAction close(DossierState current, String actor, Instant at, String reason) {
        return plain(current, DossierAction.CLOSE, actor, at, new ActionFacts.Reason(reason));
    }

    /** Thu phí, lệ phí (Art. 24). */
    public static LoggedAction pay(DossierState current, String actor, Instant at, ActionFacts.Payment payment) {
        return plain(current, DossierAction.PAY, actor, at, payment);
    }

    /** An action that does not move the appointed date. */
    private static LoggedAction plain(DossierState current, DossierAction action, String actor, Instant at,
            ActionFacts facts) {
        DossierStateMachine.apply(current.status(), action);
        notBefore(current, at, "at");
        return new LoggedAction(next(Optional.of(current)), action, actor, at, current.dueAt(), current.dueAt(),
                facts);
    }

    /** The log is in time order: an action dated before the one it follows is a mistake, not a correction. */
    private static void notBefore(DossierState current, Instant at, String field) {
        if (at.isBefore(current.lastAt())) {
            throw new LifecycleRefusal("out-of-order", field, "the action is dated " + at + ", before the dossier's"
                    + " last action at " + current.lastAt());
        }
    }

    private static int next(Optional<DossierState> current) {
        return current.map(s -> s.lastSequence() + 1).orElse(1);
    }

    /**
     * The state the log amounts to. Each entry must be allowed by the state machine in the state before it and
     * follow its predecessor's sequence number; a log that breaks either is refused, not repaired.
     */
    public static DossierState replay(List<LoggedAction> log, ZoneId zone) {
        if (log.isEmpty()) {
            throw new IllegalArgumentException("a dossier's action log has at least its first entry");
        }
        Fold fold = new Fold();
        for (LoggedAction entry : log) {
            int expected = fold.status == null ? 1 : fold.sequence + 1;
            if (entry.sequence() != expected) {
                throw new IllegalArgumentException("action log entry " + entry.sequence() + " where " + expected
                        + " was expected");
            }
            fold.status = DossierStateMachine.apply(Optional.ofNullable(fold.status), entry.action());
            fold.apply(entry, zone);
        }
        return fold.state();
    }

    /** The running totals of a replay. */
    private static final class Fold {
        DossierStatus status;
        int sequence;
        Instant lastAt;
        Instant submittedAt;
        Instant receivedAt;
        Instant originalDueAt;
        Instant dueAt;
        final List<DossierState.SupplementRound> supplements = new ArrayList<>();
        int papersRequests;
        Instant papersRequestedAt;
        DossierState.Extension extension;
        DossierState.Step step;
        Instant resolvedAt;
        ActionFacts.Resolution resolution;
        vn.motcua.events.Timeliness timeliness;
        Instant returnedAt;
        vn.motcua.events.ReturnMethod returnMethod;
        Instant endedAt;

        void apply(LoggedAction e, ZoneId zone) {
            sequence = e.sequence();
            lastAt = e.at();
            if (submittedAt == null) {
                submittedAt = e.at();
            }
            dueAt = e.dueAfter();
            switch (e.action()) {
                case SUBMIT, ADD_PAPERS, PAY -> {
                }
                case RECEIVE -> {
                    receivedAt = e.at();
                    originalDueAt = e.dueAfter();
                }
                case REQUEST_PAPERS -> {
                    papersRequests++;
                    papersRequestedAt = e.at();
                }
                case REFUSE, WITHDRAW, CLOSE -> endedAt = e.at();
                case HAND_OVER -> {
                    ActionFacts.HandOver h = (ActionFacts.HandOver) e.facts();
                    step = new DossierState.Step(h.stepNumber(), h.agency(), h.unit(), h.officer(), e.at(),
                            h.stepDueAt());
                }
                case REQUEST_SUPPLEMENT -> supplements.add(new DossierState.SupplementRound(e.at(), null,
                        e.dueBefore(), ((ActionFacts.Reason) e.facts()).reason()));
                case SUPPLEMENT -> {
                    DossierState.SupplementRound open = supplements.removeLast();
                    supplements.add(new DossierState.SupplementRound(open.requestedAt(), e.at(), open.dueBefore(),
                            open.reason()));
                }
                case EXTEND -> {
                    ActionFacts.Extension x = (ActionFacts.Extension) e.facts();
                    extension = new DossierState.Extension(e.at(), e.actor(), x.reason(), x.signedBy(),
                            e.dueBefore(), e.dueAfter());
                }
                case RESOLVE -> {
                    resolvedAt = e.at();
                    resolution = (ActionFacts.Resolution) e.facts();
                    timeliness = TimelinessRule.classify(e.at(), e.dueAfter(), zone);
                }
                case RETURN -> {
                    returnedAt = e.at();
                    returnMethod = ((ActionFacts.Return) e.facts()).method();
                }
            }
        }

        DossierState state() {
            return new DossierState(status, sequence, lastAt, submittedAt, receivedAt, originalDueAt, dueAt,
                    supplements, papersRequests, papersRequestedAt, extension, step, resolvedAt, resolution, timeliness, returnedAt,
                    returnMethod, endedAt);
        }
    }
}
