package vn.motcua.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A province's working time as data, never as formulas (issue 12; domain.md §4), as the catalogue publishes it:
 *
 * <ul>
 * <li>the weekly rest days: Saturday and Sunday for the public sector (Labour Code 2019 Art. 111; Decree
 * 145/2020 Art. 64: five working days a week);</li>
 * <li>days off: public holidays (Labour Code 2019 Art. 112 cl. 1) with the Prime Minister's yearly decision on
 * the Tết span and the day adjacent to National Day (Art. 112 cl. 3), compensatory days for a holiday on a rest
 * day (Art. 111 cl. 3), and a province's own days off;</li>
 * <li>swapped working days (làm bù): a Saturday worked in exchange for a bridge day off is a working day;</li>
 * <li>the zone, and the office hours with their history: two shifts and the desk's transfer cut-off (Decree
 * 118/2025 Art. 18 cl. 2).</li>
 * </ul>
 *
 * A swapped working day wins over the weekly rest; a day off wins over an ordinary weekday. A day both off and
 * swapped is a data error and is refused. Before the first office hours' {@code validFrom}, the first apply.
 */
public record ProvinceCalendar(ZoneId zone, Set<DayOfWeek> weeklyRest, Set<LocalDate> daysOff,
        Set<LocalDate> swappedWorkingDays, List<OfficeHours> officeHours) implements WorkingCalendar {

    public ProvinceCalendar {
        weeklyRest = Set.copyOf(weeklyRest);
        daysOff = Set.copyOf(daysOff);
        swappedWorkingDays = Set.copyOf(swappedWorkingDays);
        for (LocalDate day : swappedWorkingDays) {
            if (daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a day off and a swapped working day");
            }
        }
        if (officeHours.isEmpty()) {
            throw new IllegalArgumentException("a calendar has office hours");
        }
        officeHours = officeHours.stream().sorted(Comparator.comparing(OfficeHours::validFrom)).toList();
        Set<LocalDate> starts = new HashSet<>();
        for (OfficeHours h : officeHours) {
            if (!starts.add(h.validFrom())) {
                throw new IllegalArgumentException("two office hours from " + h.validFrom());
            }
        }
    }

    /**
     * Only the weekly rest (Saturday, Sunday), no holiday: what a province has until the catalogue's calendar of
     * it has arrived.
     */
    public static ProvinceCalendar weekdaysOnly(ZoneId zone, OfficeHours hours) {
        return new ProvinceCalendar(zone, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), Set.of(),
                List.of(hours));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (swappedWorkingDays.contains(date)) {
            return true;
        }
        return !weeklyRest.contains(date.getDayOfWeek()) && !daysOff.contains(date);
    }

    @Override
    public OfficeHours hoursOn(LocalDate date) {
        OfficeHours inForce = officeHours.getFirst();
        for (OfficeHours h : officeHours) {
            if (h.validFrom().isAfter(date)) {
                break;
            }
            inForce = h;
        }
        return inForce;
    }
}
