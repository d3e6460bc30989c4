package vn.motcua.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The catalogue's settings. */
@ConfigMapping(prefix = "motcua.catalog")
public interface CatalogConfig {
    /** The zone of a tenant that is not in the province register (each registered province has its own). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
