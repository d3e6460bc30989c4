package vn.motcua.catalog.service;

import java.time.LocalDate;
import java.time.LocalTime;

/** New office hours of the caller's province from a future {@code validFrom}; earlier hours stay as history. */
public record ChangeOfficeHoursCommand(LocalDate validFrom, LocalTime morningStart, LocalTime morningEnd,
        LocalTime afternoonStart, LocalTime afternoonEnd, LocalTime transferCutOff) {
}
