package vn.motcua.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A province's working days as data, never as formulas (issue 12; domain.md §4):
 *
 * <ul>
 * <li>the weekly rest days: Saturday and Sunday for the public sector (Labour Code 2019 Art. 111; Decree
 * 145/2020 Art. 64: five working days a week);</li>
 * <li>days off: public holidays (Labour Code 2019 Art. 112 cl. 1) with the Prime Minister's yearly decision on
 * the Tết span and the day adjacent to National Day (Art. 112 cl. 3), compensatory days for a holiday on a rest
 * day (Art. 111 cl. 3), and a province's own days off;</li>
 * <li>swapped working days (làm bù): a Saturday worked in exchange for a bridge day off is a working day;</li>
 * <li>the zone and the hour the office closes, after which a dossier counts as received on the next working
 * day.</li>
 * </ul>
 *
 * A swapped working day wins over the weekly rest; a day off wins over an ordinary weekday. A day both off and
 * swapped is a data error and is refused.
 */
public record ProvinceCalendar(ZoneId zone, LocalTime officeCloses, Set<DayOfWeek> weeklyRest,
        Set<LocalDate> daysOff, Set<LocalDate> swappedWorkingDays) implements WorkingCalendar {

    public ProvinceCalendar {
        weeklyRest = Set.copyOf(weeklyRest);
        daysOff = Set.copyOf(daysOff);
        swappedWorkingDays = Set.copyOf(swappedWorkingDays);
        for (LocalDate day : swappedWorkingDays) {
            if (daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a day off and a swapped working day");
            }
        }
    }

    /**
     * Only the weekly rest, no holiday: what every province has until the catalogue publishes its calendar (issue
     * 12).
     */
    public static ProvinceCalendar weekdaysOnly(ZoneId zone, LocalTime officeCloses) {
        return new ProvinceCalendar(zone, officeCloses, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(),
                Set.of());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (swappedWorkingDays.contains(date)) {
            return true;
        }
        return !weeklyRest.contains(date.getDayOfWeek()) && !daysOff.contains(date);
    }
}
