package vn.motcua.platform.tenant;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A verified token reduced to its claims: what {@link TenantContext} reads, without an identity provider. */
record TokenWithClaims(Map<String, Object> claims) implements JsonWebToken {
    static TokenWithClaims of(String claim, Object value) {
        return new TokenWithClaims(Map.of(claim, value));
    }

    static TokenWithClaims none() {
        return new TokenWithClaims(Map.of());
    }

    @Override
    public String getName() {
        return "someone";
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        return (T) claims.get(name);
    }
}
