package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.dossier.config.DeadlineConfig;
import vn.motcua.dossier.domain.OfficeHours;
import vn.motcua.dossier.domain.ProvinceCalendar;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.events.ProvinceCode;

/**
 * The working calendar of a province. Until the catalogue publishes provinces' calendars (holidays, swapped
 * days, office hours: issue 12), every province has the configured weekday calendar.
 */
@ApplicationScoped
public class WorkingCalendars {
    @Inject
    DeadlineConfig config;

    public WorkingCalendar of(ProvinceCode province) {
        return ProvinceCalendar.weekdaysOnly(config.zone(), new OfficeHours(config.validFrom(), config.morningStart(),
                config.morningEnd(), config.afternoonStart(), config.officeCloses(), config.transferCutOff()));
    }
}
