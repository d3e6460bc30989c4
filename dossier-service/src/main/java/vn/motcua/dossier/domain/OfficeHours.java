package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A province's office hours from {@code validFrom} on (until its next entry): a morning and an afternoon shift,
 * and the desk's transfer cut-off. Working time counts only inside the two shifts; a day's deadline falls at the
 * end of the afternoon shift; a dossier received at the desk after the cut-off goes to the competent agency at
 * the start of the next working day (Decree 118/2025 Art. 18 cl. 2: 15:00).
 */
public record OfficeHours(LocalDate validFrom, LocalTime morningStart, LocalTime morningEnd,
        LocalTime afternoonStart, LocalTime afternoonEnd, LocalTime transferCutOff) {

    public OfficeHours {
        Objects.requireNonNull(validFrom, "validFrom");
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("office hours are a morning then an afternoon shift: " + morningStart
                    + "-" + morningEnd + ", " + afternoonStart + "-" + afternoonEnd);
        }
        if (transferCutOff.isBefore(afternoonStart) || transferCutOff.isAfter(afternoonEnd)) {
            throw new IllegalArgumentException("the transfer cut-off " + transferCutOff
                    + " is not within the afternoon shift");
        }
    }

    /** When the office closes: the end of the afternoon shift. */
    public LocalTime closes() {
        return afternoonEnd;
    }
}
