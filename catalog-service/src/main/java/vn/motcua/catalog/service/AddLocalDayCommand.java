package vn.motcua.catalog.service;

import java.time.LocalDate;

/** A province's own day off: its date, its name in Vietnamese, and the decision that grants it. */
public record AddLocalDayCommand(LocalDate date, String name, String source) {
}
