package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;

/**
 * How an appointed date is explained, over the real 2026 calendar (TestCalendars.Y2025_2026) with the names the
 * catalogue gives its days (V4). Times are in Việt Nam; a day off reads "date kind name".
 */
class DeadlineExplanationTest {
    private static final WorkingCalendar CAL = TestCalendars.Y2025_2026;
    private static final Duration NEARING = Duration.ofHours(8);
    private static final Map<LocalDate, CalendarChanged.Day> NAMES = names();

    private static Map<LocalDate, CalendarChanged.Day> names() {
        Map<LocalDate, CalendarChanged.Day> names = new HashMap<>();
        Stream.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20").forEach(d -> names.put(
                LocalDate.parse(d), day(d, CalendarChanged.DayKind.HOLIDAY, "Tết Nguyên đán")));
        names.put(LocalDate.parse("2026-01-01"), day("2026-01-01", CalendarChanged.DayKind.HOLIDAY, "Tết Dương lịch"));
        names.put(LocalDate.parse("2026-01-02"), day("2026-01-02", CalendarChanged.DayKind.COMPENSATORY_DAY_OFF,
                "Nghỉ hoán đổi Tết Dương lịch"));
        names.put(LocalDate.parse("2026-01-10"), day("2026-01-10", CalendarChanged.DayKind.SWAPPED_WORKING_DAY,
                "Làm bù ngày 02/01/2026"));
        names.put(LocalDate.parse("2026-04-27"), day("2026-04-27", CalendarChanged.DayKind.COMPENSATORY_DAY_OFF,
                "Nghỉ bù Giỗ Tổ Hùng Vương"));
        return Map.copyOf(names);
    }

    private static CalendarChanged.Day day(String date, CalendarChanged.DayKind kind, String name) {
        return new CalendarChanged.Day(LocalDate.parse(date), kind, name, "test", CalendarChanged.DayStatus.DECIDED);
    }

    private static TimeLimit days(int n) {
        return new TimeLimit(n, TimeUnit.WORKING_DAYS);
    }

    /** A dossier received at the desk at {@code accepted}, with the due date the log stored. */
    private static List<LoggedAction> received(String accepted, String due) {
        return List.of(new LoggedAction(1, DossierAction.RECEIVE, "tiepnhan", at(accepted), null, at(due)));
    }

    @ParameterizedTest(name = "accepted {0}, {1} working days -> due {2}; not counted: {3}; worked: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # domain.md §3: Thu 12/02/2026 09:00, Tết 14-22/02 -> 13/02 (1), 23, 24, 25, 26/02 (5)
            2026-02-12T09:00 | 5 | 2026-02-26T17:00 | 2026-02-14 WEEKLY_REST; 2026-02-15 WEEKLY_REST; 2026-02-16 HOLIDAY Tết Nguyên đán; 2026-02-17 HOLIDAY Tết Nguyên đán; 2026-02-18 HOLIDAY Tết Nguyên đán; 2026-02-19 HOLIDAY Tết Nguyên đán; 2026-02-20 HOLIDAY Tết Nguyên đán; 2026-02-21 WEEKLY_REST; 2026-02-22 WEEKLY_REST |
            # the swapped Saturday 10/01/2026 (làm bù for Fri 02/01) is day 1 of a Friday acceptance
            2026-01-09T10:00 | 1 | 2026-01-10T17:00 | | 2026-01-10 SWAPPED_WORKING_DAY Làm bù ngày 02/01/2026
            # New Year: Wed 31/12/2025 -> 01/01 holiday, 02/01 given off in exchange, the weekend, Mon 05/01 (1), Tue 06/01 (2)
            2025-12-31T10:00 | 2 | 2026-01-06T17:00 | 2026-01-01 HOLIDAY Tết Dương lịch; 2026-01-02 COMPENSATORY_DAY_OFF Nghỉ hoán đổi Tết Dương lịch; 2026-01-03 WEEKLY_REST; 2026-01-04 WEEKLY_REST |
            # Hùng Kings on Sun 26/04/2026 (unnamed here: the weekly rest), compensatory Mon 27/04: Fri 24/04 -> Tue 28/04
            2026-04-24T10:00 | 1 | 2026-04-28T17:00 | 2026-04-25 WEEKLY_REST; 2026-04-26 WEEKLY_REST; 2026-04-27 COMPENSATORY_DAY_OFF Nghỉ bù Giỗ Tổ Hùng Vương |
            # no day off in the span: nothing to list
            2026-03-03T10:00 | 3 | 2026-03-06T17:00 | |
            """)
    void theDaysNotCountedAreListedWithTheirNames(String accepted, int limit, String due, String skipped,
            String worked) {
        var e = DeadlineExplanation.of(received(accepted, due), days(limit), CAL, NAMES, at(accepted), NEARING);
        assertThat(e.periods()).hasSize(1);
        var p = e.periods().getFirst();
        assertThat(p.start()).isEqualTo(DeadlineExplanation.Start.ACCEPTANCE);
        assertThat(p.dueAt()).isEqualTo(at(due));
        assertThat(p.recomputedDueAt()).as("the calendar gives the date the log stored").isNull();
        assertThat(text(p.skipped())).isEqualTo(skipped == null ? "" : skipped);
        assertThat(text(p.workedRestDays())).isEqualTo(worked == null ? "" : worked);
        assertThat(e.limit()).isEqualTo(days(limit));
        assertThat(e.acceptedAt()).isEqualTo(at(accepted));
        assertThat(e.originalDueAt()).isEqualTo(at(due));
        assertThat(e.dueAt()).isEqualTo(at(due));
    }

    @Test
    void acceptedAfterHoursOnAFridayCountsFromMondayAndTheWeekendIsListed() {
        // Civil Code Art. 147 cl. 2 with domain.md §3: after 17:00 the receipt day is the next working day
        var e = DeadlineExplanation.of(received("2026-11-27T18:00", "2026-12-01T17:00"), days(1), CAL, NAMES,
                at("2026-11-30T09:00"), NEARING);
        var p = e.periods().getFirst();
        assertThat(p.countedFrom()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(text(p.skipped())).isEqualTo("2026-11-28 WEEKLY_REST; 2026-11-29 WEEKLY_REST");
        // Mon 09:00 -> Tue 17:00: 2h30 + 3h30 + 4h + 3h30 = 13h30 of working time: in time
        assertThat(e.clock()).isEqualTo(DeadlineExplanation.ClockState.RUNNING);
        assertThat(e.flag()).isEqualTo(DueFlag.DUE);
        assertThat(e.workingMinutesLeft()).isEqualTo(13 * 60 + 30);
    }

    /**
     * Decree 118/2025 Art. 19 cl. 5: asked Fri 13/02, completed Mon 23/02 09:00, the 5 days restart from zero:
     * 24, 25, 26, 27/02, 02/03; Art. 19 cl. 6: the apology of Wed 25/02 sets Fri 06/03.
     */
    @Test
    void aSupplementStopsTheClockItsCompletionRestartsItAndTheApologyMovesTheDateOnce() {
        List<LoggedAction> log = List.of(
                new LoggedAction(1, DossierAction.RECEIVE, "tiepnhan", at("2026-02-12T09:00"), null,
                        at("2026-02-26T17:00")),
                new LoggedAction(2, DossierAction.REQUEST_SUPPLEMENT, "xuly", at("2026-02-13T10:00"),
                        at("2026-02-26T17:00"), at("2026-02-26T17:00"), new ActionFacts.Reason("Thiếu chứng chỉ")),
                new LoggedAction(3, DossierAction.SUPPLEMENT, "tiepnhan", at("2026-02-23T09:00"),
                        at("2026-02-26T17:00"), at("2026-03-02T17:00")),
                new LoggedAction(4, DossierAction.EXTEND, "truongphong", at("2026-02-25T10:00"),
                        at("2026-03-02T17:00"), at("2026-03-06T17:00"),
                        new ActionFacts.Extension("Cần thẩm định thực tế", "Trần Văn Phó")));
        var stopped = DeadlineExplanation.of(log.subList(0, 2), days(5), CAL, NAMES, at("2026-02-18T10:00"), NEARING);
        assertThat(stopped.clock()).isEqualTo(DeadlineExplanation.ClockState.STOPPED_FOR_SUPPLEMENT);
        assertThat(stopped.flag()).as("no flag while the clock waits for the papers").isNull();
        assertThat(stopped.periods().getFirst().stoppedAt()).isEqualTo(at("2026-02-13T10:00"));
        assertThat(stopped.periods().getFirst().supplementReason()).isEqualTo("Thiếu chứng chỉ");

        var e = DeadlineExplanation.of(log, days(5), CAL, NAMES, at("2026-03-05T10:00"), NEARING);
        assertThat(e.periods()).extracting(DeadlineExplanation.Period::start).containsExactly(
                DeadlineExplanation.Start.ACCEPTANCE, DeadlineExplanation.Start.RESTART);
        var restart = e.periods().get(1);
        assertThat(restart.startedAt()).isEqualTo(at("2026-02-23T09:00"));
        assertThat(restart.countedFrom()).isEqualTo(LocalDate.parse("2026-02-23"));
        assertThat(restart.dueAt()).isEqualTo(at("2026-03-02T17:00"));
        assertThat(text(restart.skipped())).isEqualTo("2026-02-28 WEEKLY_REST; 2026-03-01 WEEKLY_REST");
        assertThat(restart.stoppedAt()).isNull();
        assertThat(e.originalDueAt()).isEqualTo(at("2026-02-26T17:00"));
        assertThat(e.extension().dueBefore()).isEqualTo(at("2026-03-02T17:00"));
        assertThat(e.extension().dueAfter()).isEqualTo(at("2026-03-06T17:00"));
        assertThat(e.extension().signedBy()).isEqualTo("Trần Văn Phó");
        assertThat(e.dueAt()).isEqualTo(at("2026-03-06T17:00"));
        // Thu 05/03 10:00 -> Fri 06/03 17:00: 5h + 7h30 = 12h30 left: in time
        assertThat(e.flag()).isEqualTo(DueFlag.DUE);
        assertThat(e.workingMinutesLeft()).isEqualTo(750);
    }

    @ParameterizedTest(name = "at {0}: {1}, {2} working minutes left")
    @CsvSource(textBlock = """
            # due Thu 26/02/2026 17:00; nearing = at most 8 working hours left
            # Wed 09:00: 2h30 + 3h30 that day, 4h + 3h30 on Thu
            2026-02-25T09:00, DUE,      810
            2026-02-25T13:30, DUE,      660
            # Thu 09:30: 2h + 3h30
            2026-02-26T09:30, NEARING,  330
            2026-02-26T16:00, NEARING,  60
            # at the instant itself: still on time
            2026-02-26T17:00, NEARING,  0
            2026-02-27T08:30, OVERDUE,  -60
            """)
    void theFlagSaysHowTheDossierStandsNow(String now, DueFlag flag, long left) {
        var e = DeadlineExplanation.of(received("2026-02-12T09:00", "2026-02-26T17:00"), days(5), CAL, NAMES, at(now),
                NEARING);
        assertThat(e.flag()).isEqualTo(flag);
        assertThat(e.workingMinutesLeft()).isEqualTo(left);
    }

    @Test
    void aCalendarChangedSinceAcceptanceDoesNotMoveTheStoredDateAndSaysWhatItWouldGiveNow() {
        // stored when the province's calendar had not arrived (weekdays only): 13, 16, 17, 18, 19/02
        var e = DeadlineExplanation.of(received("2026-02-12T09:00", "2026-02-19T17:00"), days(5), CAL, NAMES,
                at("2026-02-13T09:00"), NEARING);
        assertThat(e.dueAt()).isEqualTo(at("2026-02-19T17:00"));
        assertThat(e.periods().getFirst().recomputedDueAt()).isEqualTo(at("2026-02-26T17:00"));
    }

    @Test
    void aResolvedDossierSaysEarlyOnTimeOrLateAndNoLongerRuns() {
        List<LoggedAction> log = List.of(
                new LoggedAction(1, DossierAction.RECEIVE, "tiepnhan", at("2026-02-12T09:00"), null,
                        at("2026-02-26T17:00")),
                new LoggedAction(2, DossierAction.RESOLVE, "xuly", at("2026-02-26T16:00"), at("2026-02-26T17:00"),
                        at("2026-02-26T17:00"), new ActionFacts.Resolution(vn.motcua.events.Outcome.APPROVED, null,
                                "12/GP", true, false)));
        var e = DeadlineExplanation.of(log, days(5), CAL, NAMES, at("2026-03-02T09:00"), NEARING);
        assertThat(e.clock()).isEqualTo(DeadlineExplanation.ClockState.ENDED);
        assertThat(e.flag()).isNull();
        assertThat(e.workingMinutesLeft()).isNull();
        assertThat(e.resolvedAt()).isEqualTo(at("2026-02-26T16:00"));
        assertThat(e.timeliness()).isEqualTo(vn.motcua.events.Timeliness.ON_TIME);
    }

    @Test
    void beforeAcceptanceNoClockRuns() {
        var e = DeadlineExplanation.of(List.of(new LoggedAction(1, DossierAction.SUBMIT, "portal",
                at("2026-02-11T20:00"), null, null)), null, CAL, NAMES, at("2026-02-12T09:00"), NEARING);
        assertThat(e.clock()).isEqualTo(DeadlineExplanation.ClockState.NOT_STARTED);
        assertThat(e.periods()).isEmpty();
        assertThat(e.limit()).isNull();
        assertThat(e.dueAt()).isNull();
    }

    private static String text(List<DeadlineExplanation.Day> days) {
        return days.stream().map(d -> (d.date() + " " + d.kind() + (d.name() == null ? "" : " " + d.name())))
                .collect(Collectors.joining("; "));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TestCalendars.VN).toInstant();
    }
}
