package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The appointed return date (ngày hẹn trả kết quả) of a dossier: the prescribed number of working days,
 * counted from the working day after the day of receipt, ending at the close of office hours.
 *
 * <p>A dossier received after office hours or on a day off counts as received on the next working day
 * (Decree 45/2020 Art. 11 for online dossiers [verify the article]; applied to every channel here, as several
 * provinces do for the desk). A procedure resolved "on the spot" (0 days) is due at the close of the day of
 * receipt.
 */
public final class BusinessCalendar {
    private BusinessCalendar() {
    }

    /** The working day a dossier received at {@code receivedAt} counts as received. */
    public static LocalDate receiptDay(Instant receivedAt, WorkingCalendar calendar) {
        ZonedDateTime local = receivedAt.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day) && local.toLocalTime().isBefore(calendar.officeCloses())) {
            return day;
        }
        return nextWorkingDay(day, calendar);
    }

    /** {@code start} plus {@code workingDays} working days, due at the close of office hours that day. */
    public static Instant plus(Instant start, int workingDays, WorkingCalendar calendar) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a duration in working days cannot be negative: " + workingDays);
        }
        LocalDate day = receiptDay(start, calendar);
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day, calendar);
        }
        return day.atTime(calendar.officeCloses()).atZone(calendar.zone()).toInstant();
    }

    private static LocalDate nextWorkingDay(LocalDate day, WorkingCalendar calendar) {
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
