package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A province's working time: which days count for deadlines and the office hours of each day. Passed in, never
 * looked up statically, so a rule can be tested with any calendar.
 */
public interface WorkingCalendar {
    /** The province's clock; data of the calendar, never a constant. */
    ZoneId zone();

    boolean isWorkingDay(LocalDate date);

    /** The office hours in force on {@code date}. */
    OfficeHours hoursOn(LocalDate date);

    /**
     * The working day {@code workingDays} working days after {@code day} ({@code day} itself for zero), whether or
     * not {@code day} is a working day. A calendar may answer faster from an index ({@link ProvinceCalendar}); the
     * answer is the same as this walk.
     */
    default LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate result = day;
        for (int i = 0; i < workingDays; i++) {
            result = BusinessCalendar.nextWorkingDay(result, this);
        }
        return result;
    }
}
