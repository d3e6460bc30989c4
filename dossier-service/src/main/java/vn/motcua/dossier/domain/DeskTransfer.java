package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The working day a dossier received at the one-stop desk goes to the competent agency: the same working day,
 * or the start of the next working day when it was received after the transfer cut-off ("sau 15 giờ", Decree
 * 118/2025 Art. 18 cl. 2; Decree 61/2018 Art. 18 cl. 2). The cut-off is data of the office hours in force.
 */
public final class DeskTransfer {
    private DeskTransfer() {
    }

    public static LocalDate transferDay(Instant receivedAt, WorkingCalendar calendar) {
        ZonedDateTime local = receivedAt.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day) && !local.toLocalTime().isAfter(calendar.hoursOn(day).transferCutOff())) {
            return day;
        }
        return BusinessCalendar.nextWorkingDay(day, calendar);
    }
}
