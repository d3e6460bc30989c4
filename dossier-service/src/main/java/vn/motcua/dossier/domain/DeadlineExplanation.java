package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.events.Timeliness;
import vn.motcua.events.TimelinessRule;

/**
 * How a dossier's appointed date (ngày hẹn trả) came about, from its action log, for the official who must keep
 * it and the applicant who asks why: when the clock started, the legal time limit, the days it did not count,
 * each restart, the apology's new date, and how the dossier stands now.
 *
 * <ul>
 * <li>The limit runs from acceptance as complete and valid, written on the receipt, not from submission
 * (Decree 118/2025 Art. 17 cl. 3; Decree 61/2018 Art. 17 cl. 3).</li>
 * <li>Days are counted as the Civil Code counts them (Civil Code 2015 Art. 147 cl. 2: the day of acceptance does
 * not count; Art. 148 cl. 1: the limit ends when the office closes on its last day), in working days: the weekly
 * rest (Labour Code 2019 Art. 111; Decree 145/2020 Art. 64), public holidays and Tết (Art. 112) with their
 * compensatory days (Art. 111 cl. 3) and the province's own days off are skipped, and a Saturday worked in
 * exchange for a bridge day off (làm bù) counts ({@link BusinessCalendar}). A dossier accepted after the office
 * closes or on a day off counts from the next working day.</li>
 * <li>A supplement requested during appraisal stops the clock; once the complete papers arrive the limit restarts
 * from zero ("thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ", Decree 118/2025 Art. 19 cl. 5; the
 * same in Decree 61/2018 Art. 19 cl. 4 as consolidated; research/domain.md): each start is a {@link Period}.</li>
 * <li>An agency that will be late apologises and sets a new date, once (Decree 118/2025 Art. 19 cl. 6; Decree
 * 61/2018 Art. 19 cl. 9): the {@link Extension}, with the date it replaced.</li>
 * <li>While the clock runs the dossier is in time, nearing or overdue ({@link DueFlag}); once resolved, early, on
 * time or late ({@link TimelinessRule}).</li>
 * </ul>
 *
 * <p>The dates are those the log stored when each action was taken, never recomputed: a calendar changed since
 * (a new local day off) does not move a date already given (LoggedAction). The days listed are read from today's
 * calendar; when it would now give another date, {@link Period#recomputedDueAt} says which, so the list and the
 * date are never silently inconsistent.
 */
public final class DeadlineExplanation {
    private DeadlineExplanation() {
    }

    /** Why a day was not counted, or why a rest day was: the kinds of the catalogue's calendar, and the weekly rest. */
    public enum DayKind {
        WEEKLY_REST, HOLIDAY, COMPENSATORY_DAY_OFF, LOCAL_DAY_OFF, SWAPPED_WORKING_DAY,
        /** A day off the calendar holds without a name (a calendar not from the catalogue). */
        DAY_OFF
    }

    /** @param name as the calendar names it (e.g. "Tết Nguyên đán"); null when it has none (the weekly rest) */
    public record Day(LocalDate date, DayKind kind, String name) {
    }

    public enum Start {
        /** Tiếp nhận: the receipt's appointed date. */
        ACCEPTANCE,
        /** Nhận đủ hồ sơ bổ sung: the limit counted again from zero. */
        RESTART
    }

    /**
     * One run of the clock.
     *
     * @param countedFrom        the day counting starts after (the acceptance day, or the next working day when
     *                           accepted after hours or on a day off); day 1 is the working day after it
     * @param dueAt              the appointed date this start gave, as the log stored it
     * @param recomputedDueAt    the date today's calendar would give, when it differs from {@code dueAt}; else null
     * @param skipped            the days between the start's day and the due day that were not counted
     * @param workedRestDays     the rest days counted as working days (swapped Saturdays) in that span
     * @param stoppedAt          when a supplement request stopped this run; null if it was not stopped
     * @param supplementReason   the reason of that request; null if none
     */
    public record Period(Start start, Instant startedAt, LocalDate countedFrom, Instant dueAt, Instant recomputedDueAt,
            List<Day> skipped, List<Day> workedRestDays, Instant stoppedAt, String supplementReason) {
    }

    /** Phiếu xin lỗi và hẹn lại ngày trả: when, by whom, why, signed by, the date replaced and the new one. */
    public record Extension(Instant at, String by, String reason, String signedBy, Instant dueBefore,
            Instant dueAfter) {
    }

    public enum ClockState {
        /** Not accepted yet (submitted, papers requested, refused at reception): no limit runs. */
        NOT_STARTED,
        RUNNING,
        /** A supplement requested during appraisal: the clock waits for the papers. */
        STOPPED_FOR_SUPPLEMENT,
        /** Resolved (or returned), withdrawn or closed. */
        ENDED
    }

    /**
     * @param limit              the prescribed time of the dossier's case variant; null before acceptance
     * @param originalDueAt      the receipt's date
     * @param dueAt              the appointed date now
     * @param flag               in time, nearing or overdue while the clock runs; null otherwise
     * @param workingMinutesLeft working time left before {@code dueAt} while the clock runs (negative: overdue by)
     * @param resolvedAt         when resolved; null before
     * @param timeliness         early, on time or late, once resolved
     */
    public record Explanation(TimeLimit limit, Instant acceptedAt, Instant originalDueAt, List<Period> periods,
            Extension extension, Instant dueAt, ClockState clock, DueFlag flag, Long workingMinutesLeft,
            Instant resolvedAt, Timeliness timeliness) {
    }

    /**
     * @param log      the dossier's action log, oldest first
     * @param limit    its time limit; null before acceptance
     * @param names    the calendar's dated days by date (holidays, compensatory, local days off, swapped days)
     * @param nearing  the province's nearing threshold in working time
     */
    public static Explanation of(List<LoggedAction> log, TimeLimit limit, WorkingCalendar calendar,
            Map<LocalDate, CalendarChanged.Day> names, Instant now, Duration nearing) {
        Objects.requireNonNull(calendar, "calendar");
        DossierState state = DossierLifecycle.replay(log, calendar.zone());
        List<Period> periods = new ArrayList<>();
        Extension extension = null;
        for (LoggedAction e : log) {
            switch (e.action()) {
                case RECEIVE -> periods.add(period(Start.ACCEPTANCE, e, limit, calendar, names));
                case SUPPLEMENT -> periods.add(period(Start.RESTART, e, limit, calendar, names));
                case REQUEST_SUPPLEMENT -> {
                    if (!periods.isEmpty()) {
                        Period p = periods.removeLast();
                        periods.add(new Period(p.start(), p.startedAt(), p.countedFrom(), p.dueAt(),
                                p.recomputedDueAt(), p.skipped(), p.workedRestDays(), e.at(),
                                ((ActionFacts.Reason) e.facts()).reason()));
                    }
                }
                case EXTEND -> {
                    ActionFacts.Extension x = (ActionFacts.Extension) e.facts();
                    extension = new Extension(e.at(), e.actor(), x.reason(), x.signedBy(), e.dueBefore(),
                            e.dueAfter());
                }
                default -> {
                }
            }
        }
        ClockState clock = switch (state.status()) {
            case SUBMITTED, PAPERS_REQUESTED, REFUSED -> ClockState.NOT_STARTED;
            case RECEIVED, IN_APPRAISAL -> ClockState.RUNNING;
            case SUPPLEMENT_REQUESTED -> ClockState.STOPPED_FOR_SUPPLEMENT;
            case RESOLVED, RETURNED, WITHDRAWN, CLOSED -> ClockState.ENDED;
        };
        DueFlag flag = null;
        Long left = null;
        if (clock == ClockState.RUNNING) {
            flag = DueFlag.of(now, state.dueAt(), nearing, calendar);
            left = WorkingTime.workingTimeBetween(now, state.dueAt(), calendar).toMinutes();
        }
        return new Explanation(state.receivedAt() == null ? null : limit, state.receivedAt(), state.originalDueAt(),
                List.copyOf(periods), extension, state.dueAt(), clock, flag, left, state.resolvedAt(),
                state.timeliness());
    }

    private static Period period(Start start, LoggedAction e, TimeLimit limit, WorkingCalendar calendar,
            Map<LocalDate, CalendarChanged.Day> names) {
        LocalDate from = e.at().atZone(calendar.zone()).toLocalDate();
        LocalDate countedFrom = limit != null && limit.unit() == TimeUnit.WORKING_HOURS ? from
                : BusinessCalendar.receiptDay(e.at(), calendar);
        Instant recomputed = limit == null ? null : DeadlineClock.startAt(e.at(), limit).dueAt(calendar);
        LocalDate dueDay = e.dueAfter().atZone(calendar.zone()).toLocalDate();
        List<Day> skipped = new ArrayList<>();
        List<Day> worked = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(dueDay); d = d.plusDays(1)) {
            CalendarChanged.Day named = names.get(d);
            boolean weeklyRest = calendar instanceof ProvinceCalendar c && c.weeklyRest().contains(d.getDayOfWeek());
            if (!calendar.isWorkingDay(d)) {
                skipped.add(named != null ? new Day(d, kind(named.kind()), named.name())
                        : new Day(d, weeklyRest ? DayKind.WEEKLY_REST : DayKind.DAY_OFF, null));
            } else if (weeklyRest) {
                worked.add(new Day(d, DayKind.SWAPPED_WORKING_DAY, named == null ? null : named.name()));
            }
        }
        return new Period(start, e.at(), countedFrom, e.dueAfter(),
                recomputed == null || recomputed.equals(e.dueAfter()) ? null : recomputed, List.copyOf(skipped),
                List.copyOf(worked), null, null);
    }

    private static DayKind kind(CalendarChanged.DayKind kind) {
        return switch (kind) {
            case HOLIDAY -> DayKind.HOLIDAY;
            case COMPENSATORY_DAY_OFF -> DayKind.COMPENSATORY_DAY_OFF;
            case LOCAL_DAY_OFF -> DayKind.LOCAL_DAY_OFF;
            case SWAPPED_WORKING_DAY -> DayKind.SWAPPED_WORKING_DAY;
        };
    }
}
