package vn.motcua.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The catalogue's settings. */
@ConfigMapping(prefix = "motcua.catalog")
public interface CatalogConfig {
    /**
     * The zone in which "today" is read for effective dates, until provinces' calendars (with their zone, as
     * data) come with the catalogue's working calendars.
     */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
