package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A province's working time: which days count for deadlines and when the office closes. Passed in, never
 * looked up statically, so a rule can be tested with any calendar.
 */
public interface WorkingCalendar {
    ZoneId zone();

    boolean isWorkingDay(LocalDate date);

    /** After this time a dossier counts as received on the next working day. */
    LocalTime officeCloses();
}
