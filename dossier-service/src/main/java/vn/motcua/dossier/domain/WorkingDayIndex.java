package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The working days of a span of a calendar, numbered, so that "n working days after a day" is a lookup and not a
 * walk: {@code countUpTo[i]} is how many working days there are from the span's first day to its i-th day,
 * inclusive, and {@code workingDays[k]} is the offset of the (k+1)-th. Answers {@code null} outside its span, where
 * the calendar walks as before. Derived data only: the same answers as {@link BusinessCalendar#nextWorkingDay}
 * repeated (ProvinceCalendarTest and the deadline tables check both).
 */
final class WorkingDayIndex {
    /** An index of no day: every question goes back to the calendar. */
    static final WorkingDayIndex NONE = new WorkingDayIndex();

    private final long firstEpochDay;
    private final boolean[] working;
    private final int[] countUpTo;
    private final int[] workingDays;

    private WorkingDayIndex() {
        firstEpochDay = 0;
        working = new boolean[0];
        countUpTo = new int[0];
        workingDays = new int[0];
    }

    /** Indexes {@code [from, until)} with {@code isWorkingDay}. */
    WorkingDayIndex(LocalDate from, LocalDate until, Predicate<LocalDate> isWorkingDay) {
        firstEpochDay = from.toEpochDay();
        int length = Math.toIntExact(until.toEpochDay() - firstEpochDay);
        working = new boolean[length];
        countUpTo = new int[length];
        int[] offsets = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (isWorkingDay.test(from.plusDays(i))) {
                working[i] = true;
                offsets[count++] = i;
            }
            countUpTo[i] = count;
        }
        workingDays = Arrays.copyOf(offsets, count);
    }

    /** Whether the day is a working day, or {@code null} outside the span. */
    Boolean isWorkingDay(long epochDay) {
        long i = epochDay - firstEpochDay;
        return i >= 0 && i < working.length ? working[(int) i] : null;
    }

    /** The day {@code n} working days after {@code epochDay}, or {@code null} when the answer leaves the span. */
    LocalDate workingDaysAfter(long epochDay, int n) {
        long i = epochDay - firstEpochDay;
        if (i < 0 || i >= countUpTo.length) {
            return null;
        }
        if (n == 0) {
            return LocalDate.ofEpochDay(epochDay);
        }
        // countUpTo[i] working days up to and including the day: the n-th after it is number countUpTo[i] + n
        long k = (long) countUpTo[(int) i] + n - 1;
        return k < workingDays.length ? LocalDate.ofEpochDay(firstEpochDay + workingDays[(int) k]) : null;
    }
}
