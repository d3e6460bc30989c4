package vn.motcua.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Which day it is for the organisation register: an agency is active on the province's date, not UTC's. */
@ConfigMapping(prefix = "motcua.organisation")
public interface OrganisationConfig {
    /** The time zone of the provinces' days (Vietnam has one: UTC+7, no daylight saving). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
