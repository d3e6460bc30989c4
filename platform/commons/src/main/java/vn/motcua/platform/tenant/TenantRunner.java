package vn.motcua.platform.tenant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import vn.motcua.events.ProvinceCode;

/**
 * Runs work outside an HTTP request (consumers, schedulers) as one province, in a new transaction. The
 * request context must exist before the first database access, so Hibernate asks the resolver only then.
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
}
