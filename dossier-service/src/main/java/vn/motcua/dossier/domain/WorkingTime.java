package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Time limits in working hours: only the time inside the office's shifts on working days counts (not the lunch
 * break, not after hours, not days off; a swapped working Saturday counts). A limit in hours runs from the
 * instant of the event, not from the next day (Civil Code 2015 Art. 147 cl. 1), e.g. the 8 working hours an
 * officer has to accept or return an online dossier (Decree 118/2025 Art. 17 cl. 2).
 */
public final class WorkingTime {
    private WorkingTime() {
    }

    /** The instant {@code workingTime} of working time after {@code start}; {@code start} itself for zero. */
    public static Instant after(Instant start, Duration workingTime, WorkingCalendar calendar) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time cannot be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        LocalDateTime cursor = LocalDateTime.ofInstant(start, calendar.zone());
        Duration remaining = workingTime;
        int daysWithoutWork = 0;
        for (LocalDate day = cursor.toLocalDate(); ; day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                // a calendar with no working day in a year is a data error, not a reason to loop forever
                if (++daysWithoutWork > 366) {
                    throw new IllegalStateException("no working day in a year after " + day);
                }
                continue;
            }
            daysWithoutWork = 0;
            for (LocalDateTime[] shift : shifts(day, calendar)) {
                LocalDateTime from = cursor.isAfter(shift[0]) ? cursor : shift[0];
                if (!from.isBefore(shift[1])) {
                    continue;
                }
                Duration available = Duration.between(from, shift[1]);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining).atZone(calendar.zone()).toInstant();
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /** The working time from {@code t1} to {@code t2}; negative when {@code t2} comes first. */
    public static Duration workingTimeBetween(Instant t1, Instant t2, WorkingCalendar calendar) {
        if (t2.isBefore(t1)) {
            return workingTimeBetween(t2, t1, calendar).negated();
        }
        LocalDateTime from = LocalDateTime.ofInstant(t1, calendar.zone());
        LocalDateTime to = LocalDateTime.ofInstant(t2, calendar.zone());
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (LocalDateTime[] shift : shifts(day, calendar)) {
                LocalDateTime start = from.isAfter(shift[0]) ? from : shift[0];
                LocalDateTime end = to.isBefore(shift[1]) ? to : shift[1];
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static List<LocalDateTime[]> shifts(LocalDate day, WorkingCalendar calendar) {
        OfficeHours h = calendar.hoursOn(day);
        return List.of(shift(day, h.morningStart(), h.morningEnd()), shift(day, h.afternoonStart(), h.afternoonEnd()));
    }

    private static LocalDateTime[] shift(LocalDate day, LocalTime start, LocalTime end) {
        return new LocalDateTime[] {day.atTime(start), day.atTime(end)};
    }
}
