package vn.motcua.dossier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Working time of a province whose calendar has not arrived from the catalogue yet (catalog.calendars.v1):
 * weekdays only, with these office hours. The catalogue's defaults are the same.
 */
@ConfigMapping(prefix = "motcua.deadline")
public interface DeadlineConfig {
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** After this local time a dossier counts as received on the next working day: the end of the afternoon. */
    @WithDefault("17:00")
    LocalTime officeCloses();

    @WithDefault("07:30")
    LocalTime morningStart();

    @WithDefault("11:30")
    LocalTime morningEnd();

    @WithDefault("13:30")
    LocalTime afternoonStart();

    /** Decree 118/2025 Art. 18 cl. 2: desk dossiers received after 15:00 go to the agency the next working day. */
    @WithDefault("15:00")
    LocalTime transferCutOff();

    /** Since when these hours apply: before any date a dossier can carry. */
    @WithDefault("2000-01-01")
    LocalDate validFrom();
}
