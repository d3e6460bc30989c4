package vn.motcua.catalog.domain;

import java.time.LocalTime;
import java.util.Optional;

/**
 * Office hours are a morning and an afternoon shift, in that order, and the desk's transfer cut-off falls within
 * the afternoon shift: a dossier received at the desk after it goes to the competent agency at the start of the
 * next working day, before it the same day (Decree 118/2025 Art. 18 cl. 2: 15:00). A cut-off outside the
 * afternoon would make that rule say nothing.
 */
public final class OfficeHoursShape {
    private OfficeHoursShape() {
    }

    /** The first field that breaks the shape, or empty when the hours are well formed. */
    public static Optional<Refusal> check(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
            LocalTime afternoonEnd, LocalTime transferCutOff) {
        if (!morningStart.isBefore(morningEnd)) {
            return refuse("morningEnd", "must be after morningStart");
        }
        if (afternoonStart.isBefore(morningEnd)) {
            return refuse("afternoonStart", "must not be before morningEnd");
        }
        if (!afternoonStart.isBefore(afternoonEnd)) {
            return refuse("afternoonEnd", "must be after afternoonStart");
        }
        if (transferCutOff.isBefore(afternoonStart) || transferCutOff.isAfter(afternoonEnd)) {
            return refuse("transferCutOff", "must be within the afternoon shift");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String field, String message) {
        return Optional.of(new Refusal(field, message));
    }
}
