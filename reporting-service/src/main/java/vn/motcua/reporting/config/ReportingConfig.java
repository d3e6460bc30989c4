package vn.motcua.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Where report periods begin and end. Data, not a constant: per province once provinces' calendars exist. */
@ConfigMapping(prefix = "motcua.reporting")
public interface ReportingConfig {
    /** The time zone of the provinces' days (Vietnam has one: UTC+7, no daylight saving). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
