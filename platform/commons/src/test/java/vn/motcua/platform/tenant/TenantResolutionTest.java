package vn.motcua.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ProvinceCode;

/**
 * Which province Hibernate filters by. Fails closed: a unit of work without a province gets the tenant "--",
 * which no row carries (every {@code province_code} column is checked against {@code ^[0-9]{2}$}); an
 * override (TenantRunner's, for consumers and schedulers) wins over whatever the caller has. How a token's
 * claim becomes a province is the caller's concern, tested where the claim is read.
 */
class TenantResolutionTest {

    @Test
    void withoutAProvinceTheTenantMatchesNoRow() {
        assertThat(tenantOf(callerWith(Optional.empty()))).isEqualTo("--");
        assertThat(ProvinceCode.isValid("--")).as("a value a province_code column could hold").isFalse();
    }

    @Test
    void aCallersProvinceIsTheTenant() {
        assertThat(tenantOf(callerWith(Optional.of(new ProvinceCode("20"))))).isEqualTo("20");
    }

    @Test
    void theDefaultTenantMatchesNoRow() {
        assertThat(new ProvinceTenantResolver().getDefaultTenantId()).isEqualTo("--");
    }

    @Test
    void requiringAProvinceWithoutOneFails() {
        assertThatThrownBy(() -> callerWith(Optional.empty()).require())
                .isInstanceOf(NoProvinceException.class)
                .hasMessage("the caller's token carries no province claim");
    }

    @Test
    void anOverrideIsTheTenant() {
        // TenantRunner's override: a consumer acts as the event's province, with no caller at all
        TenantContext context = new TenantContext();
        context.override(new ProvinceCode("04"));
        assertThat(context.require()).isEqualTo(new ProvinceCode("04"));
        assertThat(tenantOf(context)).isEqualTo("04");
    }

    private static String tenantOf(TenantContext context) {
        ProvinceTenantResolver resolver = new ProvinceTenantResolver();
        resolver.context = context;
        return resolver.resolveTenantId();
    }

    /** A context whose caller (however it was read from the token) has this province, and no override. */
    private static TenantContext callerWith(Optional<ProvinceCode> province) {
        return new TenantContext() {
            @Override
            public Optional<ProvinceCode> province() {
                return province;
            }
        };
    }
}
