package vn.motcua.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.LocalTime;

/** Office hours of a province that has not set its own (issue 12; transfer cut-off: Decree 118/2025 Art. 18). */
@ConfigMapping(prefix = "motcua.calendar.default-office-hours")
public interface CalendarConfig {
    /** The first day the calendars cover (national days are seeded from 2022). */
    @WithDefault("2022-01-01")
    LocalDate validFrom();

    @WithDefault("07:30")
    LocalTime morningStart();

    @WithDefault("11:30")
    LocalTime morningEnd();

    @WithDefault("13:30")
    LocalTime afternoonStart();

    @WithDefault("17:00")
    LocalTime afternoonEnd();

    @WithDefault("15:00")
    LocalTime transferCutOff();
}
