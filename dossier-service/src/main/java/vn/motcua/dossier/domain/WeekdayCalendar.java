package vn.motcua.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Monday to Friday are working days (Labour Code 2019 Art. 105 and Decree 145/2020: the public sector works
 * five days a week). Public holidays (Art. 112) are per-year data and arrive with the catalogue's working
 * calendars; until then this calendar knows only weekends.
 */
public record WeekdayCalendar(ZoneId zone, LocalTime officeCloses) implements WorkingCalendar {
    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }
}
