package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.UUID;
import vn.motcua.dossier.repository.CalendarReplica;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.MalformedEventException;

/**
 * Keeps the latest calendar revision of each province. Deadlines already computed are in the action log and
 * stay as they were when a new revision arrives; whether to tell anyone is the lifecycle's decision, not this.
 */
@ApplicationScoped
public class CalendarReplicaService {
    @Inject
    CalendarSnapshotReader snapshots;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    /** Applies a newer revision; an older or equal one arriving late is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, CalendarChanged calendar) {
        if (!event.tenant().value().equals(calendar.province())) {
            // the tenant decides whose rows change; a payload naming another province is not to be trusted
            throw new MalformedEventException("calendar of province " + calendar.province() + " sent as tenant "
                    + event.tenant());
        }
        try {
            snapshots.calendar(calendar);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("calendar of province " + calendar.province() + " revision "
                    + calendar.revision() + " is not usable: " + e.getMessage(), e);
        }
        CalendarReplica replica = CalendarReplica.lockedForUpdate().orElse(null);
        if (replica == null) {
            replica = new CalendarReplica();
            replica.id = UUID.randomUUID();
        } else if (replica.revision >= calendar.revision()) {
            return;
        }
        replica.revision = calendar.revision();
        replica.snapshot = snapshots.write(calendar);
        replica.changedAt = calendar.changedAt();
        replica.receivedAt = clock.instant();
        replica.persist();
        calendars.revised(event.tenant());
    }
}
