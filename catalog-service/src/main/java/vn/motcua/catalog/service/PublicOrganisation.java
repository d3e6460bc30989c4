package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * The public catalogue's view of a named province (no login): its agencies active today, with units and
 * fields. Read as that province through {@link TenantRunner}, so the tenant filter, not a hand-written
 * condition, keeps every other province's rows out.
 */
@ApplicationScoped
public class PublicOrganisation {
    @Inject
    TenantRunner tenants;

    @Inject
    OrganisationRegister register;

    public List<AgencyView> activeAgencies(ProvinceCode province) {
        return tenants.callAs(province, () -> OrganisationViews.all(
                Agency.all().stream().filter(register::isActive).toList()));
    }
}
