package vn.motcua.catalog.service;

import java.time.LocalDate;

/** The caller's province cuts its reporting periods on {@code day} from {@code validFrom} on. */
public record ChangeReportingCutoffCommand(LocalDate validFrom, int day) {
}
