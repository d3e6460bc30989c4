package vn.motcua.dossier.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.ProcessTimeline;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;

/**
 * A dossier's internal process as a use case returns it: where it is now and every stage so far
 * ({@link ProcessTimeline}).
 */
public record ProcessView(UUID dossierId, String code, String agency, DossierStatus status, Integer currentStep,
        String currentAgency, String currentUnit, String currentOfficer, Instant receivedAt, Instant dueAt,
        Instant stepDueAt, List<ProcessTimeline.Stage> steps, List<ProcessTimeline.AgencyTime> agencies) {

    static ProcessView of(Dossier d, WorkingCalendar calendar, Instant now) {
        ProcessTimeline.Timeline timeline = ProcessTimeline.of(DossierActionRecord.logOf(d.id), d.agency, calendar,
                now);
        return new ProcessView(d.id, d.code, d.agency, d.status, d.stepNumber, d.currentAgency, d.currentUnit,
                d.currentOfficer, d.receivedAt, d.dueAt, d.stepDueAt, timeline.stages(), timeline.agencies());
    }
}
