package vn.motcua.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Caller;

/**
 * The province whose data this unit of work may touch. On an HTTP request it is the verified caller's
 * province ({@link Caller}); in a Kafka consumer or a national auditor's report it is the province set through
 * {@link TenantRunner}. Never a header, a query parameter or a body field.
 */
@RequestScoped
public class TenantContext {
    @Inject
    CurrentCaller caller;

    private ProvinceCode override;

    void override(ProvinceCode province) {
        this.override = province;
    }

    /** The current province, if the caller has one (anonymous callers and national roles may not). */
    public Optional<ProvinceCode> province() {
        return override != null ? Optional.of(override) : caller.get().province();
    }

    /** The current province; fails with 403 problem when the caller has none. */
    public ProvinceCode require() {
        return province().orElseThrow(NoProvinceException::new);
    }
}
