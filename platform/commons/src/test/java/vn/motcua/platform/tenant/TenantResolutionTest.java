package vn.motcua.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.events.ProvinceCode;

/**
 * Which province Hibernate filters by, from the verified token's {@code province} claim. Fails closed: any
 * claim that is not exactly a two-digit code gives the tenant "--", which no row carries (the columns are
 * checked against {@code ^[0-9]{2}$}).
 */
class TenantResolutionTest {

    @Test
    void aTwoDigitProvinceClaimIsThatProvince() {
        assertThat(tenantOf(TokenWithClaims.of("province", "20"))).isEqualTo("20");
        assertThat(contextWith(TokenWithClaims.of("province", "04")).require()).isEqualTo(new ProvinceCode("04"));
    }

    @Test
    void aClaimStillQuotedAsJsonIsTheSameProvince() {
        // some token parsers hand a claim back as its JSON text, quotes included
        assertThat(tenantOf(TokenWithClaims.of("province", "\"20\""))).isEqualTo("20");
    }

    @Test
    void withoutAProvinceClaimTheTenantMatchesNoRow() {
        assertThat(tenantOf(TokenWithClaims.none())).isEqualTo("--");
        assertThat(contextWith(TokenWithClaims.none()).province()).isEmpty();
    }

    @Test
    void anAnonymousCallerHasNoProvince() {
        assertThat(tenantOf(null)).isEqualTo("--");
    }

    @ParameterizedTest(name = "claim \"{0}\" names no province")
    @ValueSource(strings = {"", "2", "200", "2O", " 20", "20 ", "ab", "--", "20,04"})
    void aClaimThatIsNotExactlyTwoDigitsNamesNoProvince(String claim) {
        assertThat(tenantOf(TokenWithClaims.of("province", claim))).isEqualTo("--");
    }

    @Test
    void requiringAProvinceWithoutOneFails() {
        assertThatThrownBy(() -> contextWith(TokenWithClaims.none()).require())
                .isInstanceOf(NoProvinceException.class)
                .hasMessage("the caller's token carries no province claim");
    }

    @Test
    void theDefaultTenantMatchesNoRow() {
        assertThat(new ProvinceTenantResolver().getDefaultTenantId()).isEqualTo("--");
    }

    @Test
    void anOverrideWinsOverTheTokensClaim() {
        // TenantRunner's override: a consumer acts as the event's province whatever the ambient token says
        TenantContext context = contextWith(TokenWithClaims.of("province", "20"));
        context.override(new ProvinceCode("04"));
        assertThat(resolverOf(context).resolveTenantId()).isEqualTo("04");
    }

    @Test
    void anOverrideNeedsNoToken() {
        TenantContext context = contextWith(null);
        context.override(new ProvinceCode("04"));
        assertThat(resolverOf(context).resolveTenantId()).isEqualTo("04");
    }

    private static String tenantOf(TokenWithClaims token) {
        return resolverOf(contextWith(token)).resolveTenantId();
    }

    private static TenantContext contextWith(TokenWithClaims token) {
        TenantContext context = new TenantContext();
        context.token = token;
        return context;
    }

    private static ProvinceTenantResolver resolverOf(TenantContext context) {
        ProvinceTenantResolver resolver = new ProvinceTenantResolver();
        resolver.context = context;
        return resolver;
    }
}
