package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.catalog.config.CatalogConfig;
import vn.motcua.catalog.repository.ProvinceRegisterEntry;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Today in the caller's province: an effective date, an agency's active period, a calendar change all name a day
 * of the province's calendar, not of the server. The zone is data of the province register (Decision
 * 19/2025/QĐ-TTg provinces, V4); a province outside it (a test tenant) takes the configured default zone.
 */
@ApplicationScoped
public class ProvinceToday {
    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    CatalogConfig config;

    public LocalDate today() {
        return of(tenant.require().value());
    }

    /** Today in a province named by code (public pages have no caller): its register zone, or the default. */
    public LocalDate of(String province) {
        ZoneId zone = ProvinceRegisterEntry.byCode(province).map(p -> ZoneId.of(p.zone)).orElse(config.zone());
        return LocalDate.now(clock.withZone(zone));
    }
}
