package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.events.ReturnMethod;
import vn.motcua.events.Timeliness;

/**
 * A dossier's life as its log tells it. Times are UTC; local (UTC+7) in the comments. The calendar has
 * weekdays only, office hours end 17:00 local (10:00 UTC).
 */
class DossierLifecycleTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingCalendar WEEKDAYS = TestCalendars.WEEKDAYS;
    static final TimeLimit FIVE_DAYS = new TimeLimit(5, TimeUnit.WORKING_DAYS);
    /** Thu 12/02/2026 10:00. */
    static final Instant ACCEPTED = Instant.parse("2026-02-12T03:00:00Z");
    /** 5 working days, day 1 the next day (Civil Code Art. 147): Fri 13, Mon 16 ... Thu 19/02, end of day. */
    static final Instant DUE = Instant.parse("2026-02-19T10:00:00Z");

    static LoggedAction reception() {
        return DossierLifecycle.receive("tiepnhan.ls", ACCEPTED, DeadlineClock.startAt(ACCEPTED, FIVE_DAYS), WEEKDAYS);
    }

    /** Appends what {@code next} decides on the state of {@code log}, and returns the new state. */
    static DossierState then(List<LoggedAction> log, java.util.function.Function<DossierState, LoggedAction> next) {
        log.add(next.apply(DossierLifecycle.replay(log, VIETNAM)));
        return DossierLifecycle.replay(log, VIETNAM);
    }

    @Test
    void theReceptionOpensTheLogWithTheAppointedDate() {
        LoggedAction entry = reception();

        assertThat(entry).isEqualTo(new LoggedAction(1, DossierAction.RECEIVE, "tiepnhan.ls", ACCEPTED, null, DUE));
        DossierState state = DossierLifecycle.replay(List.of(entry), VIETNAM);
        assertThat(state.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(state.submittedAt()).isEqualTo(ACCEPTED);
        assertThat(state.receivedAt()).isEqualTo(ACCEPTED);
        assertThat(state.originalDueAt()).isEqualTo(DUE);
        assertThat(state.dueAt()).isEqualTo(DUE);
    }

    @Test
    void anOnlineDossierCountsFromItsAcceptanceNotItsSubmission() {
        List<LoggedAction> log = new ArrayList<>();
        // submitted Sat 14/02 22:00 local through the portal, accepted Mon 16/02 08:00 (Art. 17 cl. 2-3)
        log.add(DossierLifecycle.submit("service-account-portal-20", Instant.parse("2026-02-14T15:00:00Z")));
        DossierState submitted = DossierLifecycle.replay(log, VIETNAM);
        assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(submitted.dueAt()).isNull();

        Instant accepted = Instant.parse("2026-02-16T01:00:00Z");
        DossierState received = then(log, s -> DossierLifecycle.receive(Optional.of(s), "tiepnhan.ls", accepted,
                DeadlineClock.startAt(accepted, FIVE_DAYS), WEEKDAYS));

        // Tue 17, Wed 18, Thu 19, Fri 20, Mon 23/02
        assertThat(received.dueAt()).isEqualTo(Instant.parse("2026-02-23T10:00:00Z"));
        assertThat(received.submittedAt()).isEqualTo(Instant.parse("2026-02-14T15:00:00Z"));
        assertThat(received.receivedAt()).isEqualTo(accepted);
    }

    @Test
    void papersAskedAtReceptionDoNotStartTheClock() {
        List<LoggedAction> log = new ArrayList<>();
        log.add(DossierLifecycle.submit("service-account-portal-20", Instant.parse("2026-02-12T01:00:00Z")));
        DossierState asked = then(log, s -> DossierLifecycle.requestPapers(s, "tiepnhan.ls",
                Instant.parse("2026-02-12T02:00:00Z"), "Thiếu bản sao giấy phép"));
        assertThat(asked.status()).isEqualTo(DossierStatus.PAPERS_REQUESTED);
        assertThat(asked.dueAt()).isNull();
        assertThat(asked.papersRequests()).isEqualTo(1);
        assertThat(asked.supplements()).isEmpty();

        DossierState back = then(log, s -> DossierLifecycle.addPapers(s, "service-account-portal-20",
                Instant.parse("2026-02-13T02:00:00Z")));
        assertThat(back.status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void aCompleteSupplementRestartsTheTimeLimitFromZero() {
        List<LoggedAction> log = new ArrayList<>(List.of(reception()));
        // asked Fri 13/02 09:00, within 3 working days (Art. 19 cl. 5)
        DossierState waiting = then(log, s -> DossierLifecycle.requestSupplement(s, "xuly.ls",
                Instant.parse("2026-02-13T02:00:00Z"), "Bổ sung thuyết minh", true));
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(waiting.openSupplement()).isPresent();

        // complete on Mon 16/02 09:00: 5 working days again, Tue 17 ... Mon 23/02
        DossierState restarted = then(log, s -> DossierLifecycle.supplement(s, "tiepnhan.ls",
                Instant.parse("2026-02-16T02:00:00Z"), FIVE_DAYS, WEEKDAYS));
        assertThat(restarted.status()).isEqualTo(DossierStatus.IN_APPRAISAL);
        assertThat(restarted.dueAt()).isEqualTo(Instant.parse("2026-02-23T10:00:00Z"));
        assertThat(restarted.originalDueAt()).isEqualTo(DUE);
        assertThat(restarted.supplementTime()).isEqualTo(Duration.ofDays(3));
        assertThat(log.getLast().dueBefore()).isEqualTo(DUE);

        // a second request is refused: the law allows one (Art. 19 cl. 5)
        assertThatThrownBy(() -> DossierLifecycle.requestSupplement(restarted, "xuly.ls",
                Instant.parse("2026-02-16T03:00:00Z"), "Bổ sung lần hai", true))
                .isInstanceOf(LifecycleRefusal.class)
                .extracting(e -> ((LifecycleRefusal) e).problemType()).isEqualTo("supplement-already-requested");
    }

    @Test
    void aSupplementOutsideItsWindowIsRefused() {
        DossierState received = DossierLifecycle.replay(List.of(reception()), VIETNAM);

        assertThatThrownBy(() -> DossierLifecycle.requestSupplement(received, "xuly.ls",
                Instant.parse("2026-02-18T02:00:00Z"), "Bổ sung", false))
                .isInstanceOf(LifecycleRefusal.class)
                .hasMessageContaining("within 3 working days");
    }

    @Test
    void anApologySetsANewDateOnceAndTheResultIsJudgedAgainstIt() {
        List<LoggedAction> log = new ArrayList<>(List.of(reception()));
        Instant newDue = Instant.parse("2026-02-24T10:00:00Z");
        DossierState extended = then(log, s -> DossierLifecycle.extend(s, "xuly.ls",
                Instant.parse("2026-02-17T02:00:00Z"), newDue,
                new ActionFacts.Extension("Chờ ý kiến Sở Công Thương", "Nguyễn Văn An")));
        assertThat(extended.dueAt()).isEqualTo(newDue);
        assertThat(extended.originalDueAt()).isEqualTo(DUE);
        assertThat(extended.extension().dueBefore()).isEqualTo(DUE);
        assertThat(extended.extension().signedBy()).isEqualTo("Nguyễn Văn An");

        assertThatThrownBy(() -> DossierLifecycle.extend(extended, "xuly.ls", Instant.parse("2026-02-18T02:00:00Z"),
                Instant.parse("2026-02-26T10:00:00Z"), new ActionFacts.Extension("Lần hai", "Nguyễn Văn An")))
                .isInstanceOf(LifecycleRefusal.class)
                .extracting(e -> ((LifecycleRefusal) e).problemType()).isEqualTo("already-extended");

        // resolved Mon 23/02 after the receipt's date but before the new one: early under the new date
        DossierState resolved = then(log, s -> DossierLifecycle.resolve(s, "xuly.ls",
                Instant.parse("2026-02-23T03:00:00Z")));
        assertThat(resolved.timeliness()).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void aNewDateNotAfterTheAppointedOneIsRefused() {
        DossierState received = DossierLifecycle.replay(List.of(reception()), VIETNAM);

        assertThatThrownBy(() -> DossierLifecycle.extend(received, "xuly.ls", Instant.parse("2026-02-16T02:00:00Z"),
                DUE, new ActionFacts.Extension("Lý do", "Nguyễn Văn An")))
                .isInstanceOf(LifecycleRefusal.class)
                .extracting(e -> ((LifecycleRefusal) e).field()).isEqualTo("newDueDate");
    }

    @Test
    void theWholeWayThroughStepsToTheReturn() {
        List<LoggedAction> log = new ArrayList<>(List.of(reception()));
        DossierState atUnit = then(log, s -> DossierLifecycle.handOver(s, "tiepnhan.ls",
                Instant.parse("2026-02-12T04:00:00Z"),
                new ActionFacts.HandOver(1, "SKHCN-20", "QLCN", "xuly.ls", Instant.parse("2026-02-17T10:00:00Z"))));
        assertThat(atUnit.status()).isEqualTo(DossierStatus.IN_APPRAISAL);
        assertThat(atUnit.step()).isEqualTo(new DossierState.Step(1, "SKHCN-20", "QLCN", "xuly.ls",
                Instant.parse("2026-02-12T04:00:00Z"), Instant.parse("2026-02-17T10:00:00Z")));

        // refused after appraisal on the due day: a result, on time (Art. 19 cl. 3)
        DossierState resolved = then(log, s -> DossierLifecycle.resolve(s, "xuly.ls", Instant.parse("2026-02-19T08:00:00Z"),
                new ActionFacts.Resolution(Outcome.REFUSED, "Không đủ điều kiện", "12/TB-SKHCN", true, true)));
        assertThat(resolved.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(resolved.resolution().outcome()).isEqualTo(Outcome.REFUSED);

        DossierState paid = then(log, s -> DossierLifecycle.pay(s, "tiepnhan.ls", Instant.parse("2026-02-20T01:00:00Z"),
                new ActionFacts.Payment(150_000, "CASH", false, "BL-0001")));
        assertThat(paid.status()).isEqualTo(DossierStatus.RESOLVED);

        DossierState returned = then(log, s -> DossierLifecycle.returnResult(s, "tiepnhan.ls",
                Instant.parse("2026-02-20T02:00:00Z"), new ActionFacts.Return(ReturnMethod.DESK)));
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.returnMethod()).isEqualTo(ReturnMethod.DESK);
        assertThat(returned.lastSequence()).isEqualTo(5);
    }

    @Test
    void anActionDatedBeforeTheLastOneIsRefused() {
        DossierState received = DossierLifecycle.replay(List.of(reception()), VIETNAM);

        assertThatThrownBy(() -> DossierLifecycle.resolve(received, "xuly.ls", Instant.parse("2026-02-12T02:59:59Z")))
                .isInstanceOf(LifecycleRefusal.class)
                .extracting(e -> ((LifecycleRefusal) e).problemType()).isEqualTo("out-of-order");
    }

    @Test
    void aResolvedDossierIsNotResolvedAgain() {
        DossierState received = DossierLifecycle.replay(List.of(reception()), VIETNAM);
        LoggedAction resolution = DossierLifecycle.resolve(received, "xuly.ls", DUE);
        DossierState resolved = DossierLifecycle.replay(List.of(reception(), resolution), VIETNAM);

        assertThatThrownBy(() -> DossierLifecycle.resolve(resolved, "xuly.ls", DUE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("cannot resolve a dossier that is resolved");
    }

    @Test
    void aLogThatBreaksTheRulesIsRefusedNotRepaired() {
        LoggedAction resolveFirst = new LoggedAction(1, DossierAction.RESOLVE, "xuly.ls", ACCEPTED, null, DUE,
                new ActionFacts.Resolution(Outcome.APPROVED, null, null, false, false));
        assertThatThrownBy(() -> DossierLifecycle.replay(List.of(resolveFirst), VIETNAM))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("a dossier's history must start with its submission or reception, not resolve");

        LoggedAction gap = new LoggedAction(3, DossierAction.RETURN, "xuly.ls", DUE, DUE, DUE,
                new ActionFacts.Return(ReturnMethod.POST));
        assertThatThrownBy(() -> DossierLifecycle.replay(List.of(reception(), gap), VIETNAM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action log entry 3 where 2 was expected");

        assertThatThrownBy(() -> new LoggedAction(2, DossierAction.RESOLVE, "xuly.ls", DUE, DUE, DUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RESOLVE carries Resolution, not None");

        assertThatThrownBy(() -> DossierLifecycle.replay(List.of(), VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
