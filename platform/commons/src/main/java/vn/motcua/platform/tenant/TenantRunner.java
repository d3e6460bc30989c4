package vn.motcua.platform.tenant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import vn.motcua.events.ProvinceCode;

/**
 * Runs work as one province, in a new transaction: consumers and schedulers (no request), and reads a national
 * role makes of a named province. A fresh request context is activated, so Hibernate's tenant resolver sees
 * the province from the first database access, and the caller's own context is left untouched.
 */
@ApplicationScoped
public class TenantRunner {
    @Inject
    TenantContext context;

    @ActivateRequestContext
    public void inTransactionAs(ProvinceCode province, Runnable work) {
        context.override(province);
        QuarkusTransaction.requiringNew().run(work);
    }

    /** {@link #inTransactionAs} with a result. */
    @ActivateRequestContext
    public <T> T callAs(ProvinceCode province, Supplier<T> work) {
        context.override(province);
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
