package vn.motcua.catalog.service;

import java.time.DayOfWeek;
import java.util.List;
import vn.motcua.events.CalendarChanged;

/** A province's published calendar as the public reads it; days limited to one year when asked. */
public record CalendarView(String province, String name, String zone, int revision, List<DayOfWeek> weeklyRest,
        List<CalendarChanged.OfficeHours> officeHours, List<CalendarChanged.Day> days,
        List<CalendarChanged.ReportingCutoff> reportingCutoffs) {
}
