package vn.motcua.catalog.service;

import java.time.LocalDate;
import java.util.List;

/** A time-cut review to adopt: the decision that approved it and each procedure's days before and after. */
public record AdoptTimeCutCommand(String decisionNumber, LocalDate decisionDate, String decisionIssuer,
        List<Item> items) {
    public AdoptTimeCutCommand {
        items = List.copyOf(items);
    }

    public record Item(String procedureCode, int daysBefore, int daysAfter) {
    }
}
