package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.repository.CalendarReplicas;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.CalendarChanged;
import vn.motcua.platform.transaction.TransactionMemo;

/**
 * {@link DossierDirectory} over the projection and the calendar replica. A province's calendar is read once per
 * revision (a cache checked against the revision held), as every evaluation asks for it; the revision once per
 * transaction, as every event of a consumer's batch asks for it several times (the zone, each period's cut-off).
 */
@ApplicationScoped
public class ProjectionDirectory implements DossierDirectory {
    /** Decree 09/2019/NĐ-CP Art. 12: the national cut-off, the 15th, until a province sets its own. */
    static final int NATIONAL_CUTOFF = 15;

    @Inject
    CalendarReplicas calendars;

    @Inject
    TransactionMemo memo;

    private final Map<String, Calendar> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<DossierSummary> find(UUID dossierId) {
        return Optional.ofNullable(DossierRow.<DossierRow>findById(dossierId)).map(ProjectionDirectory::summary);
    }

    @Override
    public Optional<DossierSummary> findByCode(String dossierCode) {
        return DossierRow.byCode(dossierCode).map(ProjectionDirectory::summary);
    }

    @Override
    public EvaluationContext context(String province) {
        return calendar(province).context();
    }

    @Override
    public int cutoffDay(String province, LocalDate day) {
        return calendar(province).cutoffs().stream()
                .filter(c -> !c.validFrom().isAfter(day))
                .max(Comparator.comparing(CalendarChanged.ReportingCutoff::validFrom))
                .map(CalendarChanged.ReportingCutoff::day)
                .orElse(NATIONAL_CUTOFF);
    }

    /** Forgets the cached calendars (a rebuild cleared the replica). */
    public void forget() {
        cache.clear();
        calendarChanged();
    }

    /** The current transaction stored a calendar: its revision is read again. */
    public void calendarChanged() {
        memo.forget(key -> key instanceof CalendarRevision);
    }

    private Calendar calendar(String province) {
        int revision = memo.get(new CalendarRevision(province), () -> calendars.revision(province).orElse(0));
        Calendar held = cache.get(province);
        if (held != null && held.revision() == revision) {
            return held;
        }
        Calendar fresh = calendars.of(province).map(Calendar::of).orElse(Calendar.WEEKENDS_ONLY);
        cache.put(province, fresh);
        return fresh;
    }

    /** The unit that holds or resolved it, and who handled it (accepted, processed, resolved). */
    static DossierSummary summary(DossierRow d) {
        List<String> officers = new ArrayList<>();
        if (d.acceptedBy != null) {
            officers.add(d.acceptedBy);
        }
        d.steps.stream().map(DossierFacts.Step::toOfficer).filter(o -> o != null && !officers.contains(o))
                .forEach(officers::add);
        String unit = d.steps.isEmpty() ? null : d.steps.getLast().toUnit();
        if (d.resolution != null) {
            if (d.resolution.officer() != null && !officers.contains(d.resolution.officer())) {
                officers.add(d.resolution.officer());
            }
            unit = d.resolution.unit() != null ? d.resolution.unit() : unit;
        }
        return new DossierSummary(d.dossierId, d.dossierCode, d.provinceCode, d.agency, unit, officers,
                d.resolvedAt, d.returnedAt);
    }

    /** The revision of a province's calendar replica, as this transaction read it. */
    private record CalendarRevision(String province) {
    }

    /** A province's calendar as evaluation uses it: the zone, the working days, the cut-off history. */
    record Calendar(int revision, EvaluationContext context, List<CalendarChanged.ReportingCutoff> cutoffs) {
        static final Calendar WEEKENDS_ONLY = new Calendar(0, new EvaluationContext(EvaluationContext.VIETNAM,
                day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY),
                List.of());

        static Calendar of(CalendarChanged c) {
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> worked = new HashSet<>();
            for (CalendarChanged.Day day : c.days() == null ? List.<CalendarChanged.Day>of() : c.days()) {
                (day.kind().isDayOff() ? off : worked).add(day.date());
            }
            Set<DayOfWeek> rest = c.weeklyRest() == null || c.weeklyRest().isEmpty()
                    ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(c.weeklyRest());
            return new Calendar(c.revision(), new EvaluationContext(ZoneId.of(c.zone()),
                    day -> worked.contains(day) || !(off.contains(day) || rest.contains(day.getDayOfWeek()))),
                    c.reportingCutoffs());
        }
    }
}
