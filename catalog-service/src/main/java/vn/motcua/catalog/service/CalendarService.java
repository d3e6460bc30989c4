package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.domain.CalendarChangeWindow;
import vn.motcua.catalog.domain.OfficeHoursShape;
import vn.motcua.catalog.domain.ReportingCutoffChange;
import vn.motcua.catalog.repository.CalendarPublication;
import vn.motcua.catalog.repository.LocalDayOff;
import vn.motcua.catalog.repository.NationalDay;
import vn.motcua.catalog.repository.OfficeHoursEntry;
import vn.motcua.catalog.repository.ProvinceRegisterEntry;
import vn.motcua.catalog.repository.ReportingCutoffEntry;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * Use cases of the working calendars (lịch làm việc): the public reads any province's, a province admin changes
 * their own province's. Every change publishes the full calendar in its transaction.
 */
@ApplicationScoped
public class CalendarService {
    @Inject
    TenantContext tenant;

    @Inject
    TenantRunner tenants;

    @Inject
    CalendarSnapshots snapshots;

    @Inject
    CalendarPublisher publisher;

    @Inject
    Clock clock;

    /** Any province's calendar, for anyone: it is published. */
    public CalendarView read(ProvinceCode province, Integer year) {
        return tenants.callAs(province, () -> {
            ProvinceRegisterEntry entry = registered(province.value());
            CalendarChanged all = snapshots.of(entry, 0, clock.instant());
            List<CalendarChanged.Day> days = all.days().stream()
                    .filter(d -> year == null || d.date().getYear() == year).toList();
            return new CalendarView(entry.code, entry.name, entry.zone, publisher.currentRevision(),
                    all.weeklyRest(), all.officeHours(), days, all.reportingCutoffs());
        });
    }

    @Transactional
    public CalendarChanged.Day addLocalDay(AddLocalDayCommand command) {
        ProvinceRegisterEntry province = registered(tenant.require().value());
        requireFuture("date", command.date(), province);
        NationalDay.on(command.date()).ifPresent(national -> {
            throw conflict("date", "is already a national day (" + national.kind + ": " + national.name + ")");
        });
        if (LocalDayOff.on(command.date()).isPresent()) {
            throw conflict("date", "is already a day off of your province");
        }
        LocalDayOff day = new LocalDayOff();
        day.id = UUID.randomUUID();
        day.day = command.date();
        day.name = command.name();
        day.source = command.source();
        day.createdAt = clock.instant();
        day.persist();
        publisher.publishIfChanged(province);
        return new CalendarChanged.Day(day.day, CalendarChanged.DayKind.LOCAL_DAY_OFF, day.name, day.source,
                CalendarChanged.DayStatus.DECIDED);
    }

    @Transactional
    public void removeLocalDay(LocalDate date) {
        ProvinceRegisterEntry province = registered(tenant.require().value());
        requireFuture("date", date, province);
        LocalDayOff day = LocalDayOff.on(date)
                .orElseThrow(() -> ProblemException.notFound("Local day off", date.toString()));
        day.delete();
        publisher.publishIfChanged(province);
    }

    @Transactional
    public List<CalendarChanged.OfficeHours> changeOfficeHours(ChangeOfficeHoursCommand c) {
        ProvinceRegisterEntry province = registered(tenant.require().value());
        OfficeHoursShape.check(c.morningStart(), c.morningEnd(), c.afternoonStart(), c.afternoonEnd(),
                c.transferCutOff()).ifPresent(refusal -> {
                    throw rule(refusal.field(), refusal.message());
                });
        requireFuture("validFrom", c.validFrom(), province);
        // hours not yet in force may be corrected; those in force are history and stay
        OfficeHoursEntry hours = OfficeHoursEntry.from(c.validFrom()).orElseGet(() -> {
            OfficeHoursEntry h = new OfficeHoursEntry();
            h.id = UUID.randomUUID();
            h.validFrom = c.validFrom();
            return h;
        });
        hours.morningStart = c.morningStart();
        hours.morningEnd = c.morningEnd();
        hours.afternoonStart = c.afternoonStart();
        hours.afternoonEnd = c.afternoonEnd();
        hours.transferCutOff = c.transferCutOff();
        hours.createdAt = clock.instant();
        hours.persist();
        publisher.publishIfChanged(province);
        return snapshots.of(province, 0, clock.instant()).officeHours();
    }

    /**
     * A new reporting cut-off day of the caller's province from a future date ({@link ReportingCutoffChange}); the
     * same entry again changes nothing and publishes nothing (a retry).
     */
    @Transactional
    public List<CalendarChanged.ReportingCutoff> changeReportingCutoff(ChangeReportingCutoffCommand c) {
        ProvinceRegisterEntry province = registered(tenant.require().value());
        // two admins at once: the second decides on the history with the first's entry in it ("after the last")
        CalendarPublication.lockedForUpdate();
        LocalDate today = clock.instant().atZone(ZoneId.of(province.zone)).toLocalDate();
        ReportingCutoffChange.Decision decision = ReportingCutoffChange.decide(snapshots.reportingCutoffs(),
                c.validFrom(), c.day(), today);
        switch (decision.kind()) {
            case REFUSED -> throw rule(decision.refusal().field(), decision.refusal().message());
            case UNCHANGED -> {
                return snapshots.reportingCutoffs();
            }
            case APPEND, CORRECT_LAST -> {
                ReportingCutoffEntry entry = ReportingCutoffEntry.from(c.validFrom()).orElseGet(() -> {
                    ReportingCutoffEntry e = new ReportingCutoffEntry();
                    e.id = UUID.randomUUID();
                    e.validFrom = c.validFrom();
                    return e;
                });
                entry.day = (short) c.day();
                entry.createdAt = clock.instant();
                entry.persist();
            }
        }
        publisher.publishIfChanged(province);
        return snapshots.reportingCutoffs();
    }

    private void requireFuture(String field, LocalDate date, ProvinceRegisterEntry province) {
        LocalDate today = clock.instant().atZone(ZoneId.of(province.zone)).toLocalDate();
        if (!CalendarChangeWindow.mayChange(date, today)) {
            throw rule(field, "must be after today (" + today + "): deadlines already computed do not change");
        }
    }

    private static ProvinceRegisterEntry registered(String code) {
        return ProvinceRegisterEntry.byCode(code).orElseThrow(() -> new ProblemException(404, "not-found",
                "Province not found", "No province " + code + " in the register (Decision 19/2025/QĐ-TTg)."));
    }

    private static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "calendar-conflict", "Day already in the calendar", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static ProblemException rule(String field, String message) {
        return new ProblemException(422, "calendar-rule", "Calendar change refused", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
