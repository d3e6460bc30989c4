package vn.motcua.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.events.ProvinceCode;

/**
 * The province whose data this unit of work may touch. On an HTTP request it is the verified token's
 * {@code province} claim; in a Kafka consumer it is the event's tenant attribute, set through
 * {@link TenantRunner}. Never a header, a query parameter or a body field.
 */
@RequestScoped
public class TenantContext {
    /** The token claim the realm maps the user's (or portal client's) province into. */
    public static final String PROVINCE_CLAIM = "province";

    @Inject
    JsonWebToken token;

    private ProvinceCode override;

    void override(ProvinceCode province) {
        this.override = province;
    }

    /** The current province, if the caller has one (anonymous callers and national roles may not). */
    public Optional<ProvinceCode> province() {
        if (override != null) {
            return Optional.of(override);
        }
        Object claim = token == null ? null : token.getClaim(PROVINCE_CLAIM);
        String value = claim == null ? null : claim.toString().replace("\"", "");
        return ProvinceCode.isValid(value) ? Optional.of(new ProvinceCode(value)) : Optional.empty();
    }

    /** The current province; fails with 403 problem when the caller has none. */
    public ProvinceCode require() {
        return province().orElseThrow(NoProvinceException::new);
    }
}
