package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.motcua.dossier.config.DeadlineConfig;
import vn.motcua.dossier.domain.OfficeHours;
import vn.motcua.dossier.domain.ProvinceCalendar;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.CalendarReplica;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.transaction.TransactionMemo;

/**
 * The working calendar of a province: the latest one the catalogue published (catalog.calendars.v1, kept by
 * {@link CalendarReplicaService}), or, until one has arrived, the configured weekdays-only calendar
 * ({@link DeadlineConfig}), which a log line says once per province.
 *
 * <p>A deadline is computed once, when the dossier is received, and stored in its action log; a later revision
 * of the calendar (a new local day off, new office hours) never changes a deadline already computed.
 *
 * <p>The revision held is read once per transaction and province, not once per use: one intake or action
 * computes its deadline, its event's timeliness and the offers it answers with, three uses of one calendar (issue
 * 17's profile of intake: a query per use was 7-8 % of dossier-service's time). It is still read from the
 * database, not from what this instance's consumer last applied: with two instances in one consumer group, the
 * other one may have applied a newer revision. A revision applied inside the transaction ({@link #revised})
 * forgets the one read.
 */
@ApplicationScoped
public class WorkingCalendars {
    private static final Logger LOG = Logger.getLogger(WorkingCalendars.class);

    @Inject
    DeadlineConfig config;

    @Inject
    CalendarSnapshotReader snapshots;

    @Inject
    TransactionMemo memo;

    /** The calendar built from each province's latest revision: rebuilt only when a newer one arrived. */
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    private final Set<String> fallbackAnnounced = ConcurrentHashMap.newKeySet();

    /** The revision of a province's calendar replica, as the current transaction read it. */
    private record RevisionRead(String province) {
    }

    private record Built(int revision, ProvinceCalendar calendar, Map<LocalDate, CalendarChanged.Day> names) {
    }

    /** Must run as {@code province} (the caller's request or a TenantRunner), whose replica it reads. */
    @Transactional
    public WorkingCalendar of(ProvinceCode province) {
        return built(province).calendar();
    }

    /**
     * The dated days of the province's calendar by date, with their names and kinds (holidays, compensatory and
     * local days off, swapped working days), as the catalogue published them; empty until a calendar has arrived.
     */
    @Transactional
    public Map<LocalDate, CalendarChanged.Day> namedDays(ProvinceCode province) {
        return built(province).names();
    }

    /**
     * The revision of {@code province} just changed in the current transaction (CalendarReplicaService): the next
     * use reads it again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revised(ProvinceCode province) {
        RevisionRead read = new RevisionRead(province.value());
        memo.forget(read::equals);
    }

    private Built built(ProvinceCode province) {
        Optional<Integer> revision = revision(province);
        if (revision.isEmpty()) {
            if (fallbackAnnounced.add(province.value())) {
                LOG.infof("no working calendar of province %s received from the catalogue yet: deadlines count "
                        + "weekdays only until it arrives", province);
            }
            return new Built(0, weekdaysOnly(), Map.of());
        }
        Built cached = built.get(province.value());
        if (cached != null && cached.revision() == revision.get()) {
            return cached;
        }
        CalendarReplica replica = CalendarReplica.current().orElseThrow();
        CalendarChanged snapshot = snapshots.read(replica.snapshot);
        Map<LocalDate, CalendarChanged.Day> names = new HashMap<>();
        snapshot.days().forEach(day -> names.put(day.date(), day));
        Built fresh = new Built(replica.revision, snapshots.calendar(snapshot), Map.copyOf(names));
        built.merge(province.value(), fresh, (old, neu) -> neu.revision() >= old.revision() ? neu : old);
        return fresh;
    }

    private Optional<Integer> revision(ProvinceCode province) {
        return memo.get(new RevisionRead(province.value()), CalendarReplica::currentRevision);
    }

    private ProvinceCalendar weekdaysOnly() {
        return ProvinceCalendar.weekdaysOnly(config.zone(), new OfficeHours(config.validFrom(), config.morningStart(),
                config.morningEnd(), config.afternoonStart(), config.officeCloses(), config.transferCutOff()));
    }
}
