package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.catalog.config.CalendarConfig;
import vn.motcua.catalog.domain.ReportingCutoffChange;
import vn.motcua.catalog.repository.LocalDayOff;
import vn.motcua.catalog.repository.NationalDay;
import vn.motcua.catalog.repository.OfficeHoursEntry;
import vn.motcua.catalog.repository.ProvinceRegisterEntry;
import vn.motcua.catalog.repository.ReportingCutoffEntry;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.CalendarChanged.DayKind;
import vn.motcua.events.CalendarChanged.DayStatus;

/**
 * The whole calendar of the current tenant's province, as the event carries it: national days, the province's own
 * days off, its office hours (the configured default when it has set none), its zone and weekly rest, and the
 * history of its reporting cut-off day (the national 15th before its first own entry).
 */
@ApplicationScoped
public class CalendarSnapshots {
    @Inject
    CalendarConfig defaults;

    @Transactional(Transactional.TxType.MANDATORY)
    public CalendarChanged of(ProvinceRegisterEntry province, int revision, Instant changedAt) {
        List<CalendarChanged.Day> days = new ArrayList<>();
        Set<java.time.LocalDate> national = new HashSet<>();
        for (NationalDay d : NationalDay.all()) {
            national.add(d.day);
            days.add(new CalendarChanged.Day(d.day, d.kind, d.name, d.source, d.status));
        }
        for (LocalDayOff d : LocalDayOff.all()) {
            // a national day seeded after the province chose the same date wins; the province's row stays as it was
            if (!national.contains(d.day)) {
                days.add(new CalendarChanged.Day(d.day, DayKind.LOCAL_DAY_OFF, d.name, d.source, DayStatus.DECIDED));
            }
        }
        days.sort(Comparator.comparing(CalendarChanged.Day::date));
        return new CalendarChanged(province.code, revision, province.zone, weeklyRest(province), officeHours(),
                days, changedAt, reportingCutoffs());
    }

    private List<CalendarChanged.OfficeHours> officeHours() {
        List<CalendarChanged.OfficeHours> history = OfficeHoursEntry.history().stream()
                .map(h -> new CalendarChanged.OfficeHours(h.validFrom, h.morningStart, h.morningEnd, h.afternoonStart,
                        h.afternoonEnd, h.transferCutOff))
                .collect(Collectors.toCollection(ArrayList::new));
        if (history.isEmpty() || history.getFirst().validFrom().isAfter(defaults.validFrom())) {
            // the default covers the time before the province's first own hours
            history.addFirst(new CalendarChanged.OfficeHours(defaults.validFrom(), defaults.morningStart(),
                    defaults.morningEnd(), defaults.afternoonStart(), defaults.afternoonEnd(),
                    defaults.transferCutOff()));
        }
        return history;
    }

    /** The province's cut-off days, oldest first; the national day covers the time before its first entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CalendarChanged.ReportingCutoff> reportingCutoffs() {
        List<CalendarChanged.ReportingCutoff> history = ReportingCutoffEntry.history().stream()
                .map(c -> new CalendarChanged.ReportingCutoff(c.validFrom, c.day))
                .collect(Collectors.toCollection(ArrayList::new));
        if (history.isEmpty() || history.getFirst().validFrom().isAfter(defaults.validFrom())) {
            history.addFirst(new CalendarChanged.ReportingCutoff(defaults.validFrom(),
                    ReportingCutoffChange.NATIONAL_DAY));
        }
        return history;
    }

    private static List<DayOfWeek> weeklyRest(ProvinceRegisterEntry province) {
        return Arrays.stream(province.weeklyRest.split(",")).map(String::trim).map(DayOfWeek::valueOf).sorted()
                .toList();
    }
}
