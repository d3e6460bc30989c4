package vn.motcua.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>A value (equal when its five parts are), immutable, built once per published revision: on first use it
 * indexes its working days from the year before its first dated day to two years after its last, so that
 * {@link #workingDaysAfter} is two array reads instead of a walk over the days (deadlines of 60 working days are
 * common). Outside that span it answers from the sets, as before.
 */
public final class ProvinceCalendar implements WorkingCalendar {
    private final ZoneId zone;
    private final Set<DayOfWeek> weeklyRest;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> swappedWorkingDays;
    private final List<OfficeHours> officeHours;
    /** Built on first use; immutable, so a second thread building it again is harmless (final fields inside). */
    private WorkingDayIndex index;

    public ProvinceCalendar(ZoneId zone, Set<DayOfWeek> weeklyRest, Set<LocalDate> daysOff,
            Set<LocalDate> swappedWorkingDays, List<OfficeHours> officeHours) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.weeklyRest = Set.copyOf(weeklyRest);
        this.daysOff = Set.copyOf(daysOff);
        this.swappedWorkingDays = Set.copyOf(swappedWorkingDays);
        for (LocalDate day : this.swappedWorkingDays) {
            if (this.daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a day off and a swapped working day");
            }
        }
        if (officeHours.isEmpty()) {
            throw new IllegalArgumentException("a calendar has office hours");
        }
        this.officeHours = officeHours.stream().sorted(Comparator.comparing(OfficeHours::validFrom)).toList();
        Set<LocalDate> starts = new HashSet<>();
        for (OfficeHours h : this.officeHours) {
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
    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> weeklyRest() {
        return weeklyRest;
    }

    public Set<LocalDate> daysOff() {
        return daysOff;
    }

    public Set<LocalDate> swappedWorkingDays() {
        return swappedWorkingDays;
    }

    public List<OfficeHours> officeHours() {
        return officeHours;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Boolean indexed = index().isWorkingDay(date.toEpochDay());
        return indexed != null ? indexed : fromTheSets(date);
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate indexed = index().workingDaysAfter(day.toEpochDay(), workingDays);
        return indexed != null ? indexed : WorkingCalendar.super.workingDaysAfter(day, workingDays);
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

    private boolean fromTheSets(LocalDate date) {
        if (swappedWorkingDays.contains(date)) {
            return true;
        }
        return !weeklyRest.contains(date.getDayOfWeek()) && !daysOff.contains(date);
    }

    private WorkingDayIndex index() {
        WorkingDayIndex built = index;
        if (built == null) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (Set<LocalDate> days : List.of(daysOff, swappedWorkingDays)) {
                for (LocalDate d : days) {
                    first = Math.min(first, d.getYear());
                    last = Math.max(last, d.getYear());
                }
            }
            // only the weekly rest (the fallback before the catalogue's calendar arrives): nothing worth indexing
            built = first > last ? WorkingDayIndex.NONE
                    : new WorkingDayIndex(LocalDate.of(first - 1, 1, 1), LocalDate.of(last + 3, 1, 1),
                            this::fromTheSets);
            index = built;
        }
        return built;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvinceCalendar c && zone.equals(c.zone) && weeklyRest.equals(c.weeklyRest)
                && daysOff.equals(c.daysOff) && swappedWorkingDays.equals(c.swappedWorkingDays)
                && officeHours.equals(c.officeHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, weeklyRest, daysOff, swappedWorkingDays, officeHours);
    }

    @Override
    public String toString() {
        return "ProvinceCalendar[zone=" + zone + ", weeklyRest=" + weeklyRest + ", daysOff=" + daysOff
                + ", swappedWorkingDays=" + swappedWorkingDays + ", officeHours=" + officeHours + "]";
    }
}
