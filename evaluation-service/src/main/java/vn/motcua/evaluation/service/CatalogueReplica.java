package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import vn.motcua.evaluation.repository.CalendarReplicas;
import vn.motcua.evaluation.repository.ProcedureAbolitionRow;
import vn.motcua.evaluation.repository.ProcedureVersionRow;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.MalformedEventException;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureVersionEvent;
import vn.motcua.events.ProvinceCode;

/**
 * Keeps the catalogue evaluation needs: every published version of every procedure (indicator 6 reads the version
 * in force on the reception day; 5 and 9 count the versions in force in a period), abolitions, and each province's
 * calendar (zone, working days, reporting cut-offs). A published version never changes, so a copy of one already
 * held changes nothing; a calendar revision older than the one held is ignored.
 */
@ApplicationScoped
public class CatalogueReplica {
    @Inject
    CalendarReplicas calendars;

    @Inject
    ProcedureVersions versions;

    @Inject
    ProjectionDirectory directory;

    /** @return true when the version is new (dossiers of the procedure may then score indicator 6 differently) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ProcedureVersionEvent event) {
        if (ProcedureVersionRow.known(event.procedureId(), event.terms().version())) {
            return false;
        }
        ProcedureVersionRow v = new ProcedureVersionRow();
        v.id = UUID.randomUUID();
        v.procedureId = event.procedureId();
        v.code = event.code();
        v.version = event.terms().version();
        v.effectiveFrom = event.terms().effectiveFrom();
        v.effectiveTo = event.terms().effectiveTo();
        v.agencyCode = event.terms().agencyCode();
        v.terms = event.terms();
        v.publishedAt = event.publishedAt();
        v.persist();
        versions.changed();
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ProcedureAbolished event) {
        if (ProcedureAbolitionRow.findByIdOptional(event.procedureId()).isPresent()) {
            return false;
        }
        ProcedureAbolitionRow a = new ProcedureAbolitionRow();
        a.procedureId = event.procedureId();
        a.code = event.code();
        a.effectiveFrom = event.effectiveFrom();
        a.persist();
        versions.changed();
        return true;
    }

    /** @return true when the revision is newer than the one held */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ProvinceCode tenant, CalendarChanged calendar) {
        if (!tenant.value().equals(calendar.province())) {
            // the tenant decides whose rows change; a payload naming another province is not to be trusted
            throw new MalformedEventException("calendar of province " + calendar.province() + " sent as tenant "
                    + tenant);
        }
        try {
            ZoneId.of(calendar.zone());
        } catch (DateTimeException | NullPointerException e) {
            throw new MalformedEventException("calendar of province " + calendar.province() + " names no usable zone: "
                    + calendar.zone());
        }
        boolean stored = calendars.store(calendar);
        directory.calendarChanged();
        return stored;
    }
}
