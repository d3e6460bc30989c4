package vn.motcua.dossier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;

/** Working time used for deadlines until provinces' calendars come from the catalogue. */
@ConfigMapping(prefix = "motcua.deadline")
public interface DeadlineConfig {
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** After this local time a dossier counts as received on the next working day. */
    @WithDefault("17:00")
    LocalTime officeCloses();
}
