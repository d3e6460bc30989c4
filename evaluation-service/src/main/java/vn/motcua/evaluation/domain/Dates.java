package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Days as the receipt prints them (dd/MM/yyyy, in the province's zone), for the Vietnamese reasons. */
final class Dates {
    private static final DateTimeFormatter RECEIPT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String day(Instant at, ZoneId zone) {
        return RECEIPT.format(at.atZone(zone).toLocalDate());
    }

    static String day(LocalDate day) {
        return RECEIPT.format(day);
    }
}
