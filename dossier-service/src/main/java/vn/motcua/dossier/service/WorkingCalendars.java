package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import vn.motcua.events.ProvinceCode;

/**
 * The working calendar of a province: the latest one the catalogue published (catalog.calendars.v1, kept by
 * {@link CalendarReplicaService}), or, until one has arrived, the configured weekdays-only calendar
 * ({@link DeadlineConfig}), which a log line says once per province.
 *
 * <p>A deadline is computed once, when the dossier is received, and stored in its action log; a later revision
 * of the calendar (a new local day off, new office hours) never changes a deadline already computed.
 */
@ApplicationScoped
public class WorkingCalendars {
    private static final Logger LOG = Logger.getLogger(WorkingCalendars.class);

    @Inject
    DeadlineConfig config;

    @Inject
    CalendarSnapshotReader snapshots;

    /** The calendar built from each province's latest revision: rebuilt only when a newer one arrived. */
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    private final Set<String> fallbackAnnounced = ConcurrentHashMap.newKeySet();

    private record Built(int revision, ProvinceCalendar calendar) {
    }

    /** Must run as {@code province} (the caller's request or a TenantRunner), whose replica it reads. */
    @Transactional
    public WorkingCalendar of(ProvinceCode province) {
        Optional<Integer> revision = CalendarReplica.currentRevision();
        if (revision.isEmpty()) {
            if (fallbackAnnounced.add(province.value())) {
                LOG.infof("no working calendar of province %s received from the catalogue yet: deadlines count "
                        + "weekdays only until it arrives", province);
            }
            return weekdaysOnly();
        }
        Built cached = built.get(province.value());
        if (cached != null && cached.revision() == revision.get()) {
            return cached.calendar();
        }
        CalendarReplica replica = CalendarReplica.current().orElseThrow();
        Built fresh = new Built(replica.revision, snapshots.calendar(snapshots.read(replica.snapshot)));
        built.merge(province.value(), fresh, (old, neu) -> neu.revision() >= old.revision() ? neu : old);
        return fresh.calendar();
    }

    private ProvinceCalendar weekdaysOnly() {
        return ProvinceCalendar.weekdaysOnly(config.zone(), new OfficeHours(config.validFrom(), config.morningStart(),
                config.morningEnd(), config.afternoonStart(), config.officeCloses(), config.transferCutOff()));
    }
}
