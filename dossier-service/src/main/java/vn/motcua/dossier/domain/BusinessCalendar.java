package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The appointed return date (ngày hẹn trả kết quả) of a time limit in working days, counted as the Civil Code
 * counts days (Civil Code 2015, 91/2015/QH13, Art. 147 cl. 2-3 and Art. 148 cl. 1): the day of the event that
 * starts it does not count, day 1 is the next working day, and the limit ends at the end of its last day, i.e.
 * when the office closes that day (the end of the afternoon shift in force then). Days off and weekly rest days
 * are skipped; a swapped working Saturday counts.
 *
 * <p>A dossier received after the office closes or on a day off counts as received on the next working day
 * (domain.md §3: the officer accepts it then; applied to every channel here, as several provinces do for the
 * desk). A procedure resolved "on the spot" (0 days) is due at the close of the day of receipt.
 */
public final class BusinessCalendar {
    private BusinessCalendar() {
    }

    /** The working day a dossier received at {@code receivedAt} counts as received. */
    public static LocalDate receiptDay(Instant receivedAt, WorkingCalendar calendar) {
        ZonedDateTime local = receivedAt.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day) && local.toLocalTime().isBefore(calendar.hoursOn(day).closes())) {
            return day;
        }
        return nextWorkingDay(day, calendar);
    }

    /** {@code start} plus {@code workingDays} working days, due at the close of office hours that day. */
    public static Instant plus(Instant start, int workingDays, WorkingCalendar calendar) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a duration in working days cannot be negative: " + workingDays);
        }
        LocalDate day = calendar.workingDaysAfter(receiptDay(start, calendar), workingDays);
        return day.atTime(calendar.hoursOn(day).closes()).atZone(calendar.zone()).toInstant();
    }

    static LocalDate nextWorkingDay(LocalDate day, WorkingCalendar calendar) {
        LocalDate next = day.plusDays(1);
        // a calendar with no working day in a year is a data error, not a reason to loop forever
        for (int guard = 0; !calendar.isWorkingDay(next); guard++) {
            if (guard > 366) {
                throw new IllegalStateException("no working day in a year after " + day);
            }
            next = next.plusDays(1);
        }
        return next;
    }
}
