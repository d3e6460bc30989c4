package vn.motcua.platform.tenant;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.motcua.events.ProvinceCode;

/**
 * Gives Hibernate's discriminator tenancy ({@code @TenantId} columns) the current province, so every query
 * and load is filtered by it and every insert is stamped with it. Fails closed: without a province the
 * session gets a tenant that matches no row.
 */
@PersistenceUnitExtension
@RequestScoped
public class ProvinceTenantResolver implements TenantResolver {
    /** Matches no province code (those are two digits), so nothing is read and nothing can be written. */
    static final String NO_PROVINCE = "--";

    @Inject
    TenantContext context;

    @Override
    public String getDefaultTenantId() {
        return NO_PROVINCE;
    }

    @Override
    public String resolveTenantId() {
        return context.province().map(ProvinceCode::value).orElse(NO_PROVINCE);
    }
}
