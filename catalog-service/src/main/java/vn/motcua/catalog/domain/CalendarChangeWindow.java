package vn.motcua.catalog.domain;

import java.time.LocalDate;

/**
 * A province changes its calendar only from tomorrow on. Deadlines already computed stand on the calendar of
 * their day (the dossier service stores them in the action log); a change of today or of the past would make the
 * published calendar and those deadlines disagree without anyone saying so (issue 12 item 3).
 */
public final class CalendarChangeWindow {
    private CalendarChangeWindow() {
    }

    public static boolean mayChange(LocalDate day, LocalDate today) {
        return day.isAfter(today);
    }
}
