package vn.motcua.platform.web;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import jakarta.inject.Singleton;
import vn.motcua.platform.bearer.BearerOnceMechanism;
import vn.motcua.platform.bearer.CachedBearerIdentities;

/**
 * Each service verifies a bearer token once, not on every request: the RSA signature check and the JSON parse in
 * Quarkus OIDC were 17 % of dossier-service's CPU under load. A refused token still fails in OIDC, whose failure
 * reaches {@code ProblemMappers} (authentication is not proactive), so the 401 bodies are unchanged. The identity
 * served on a hit is the one OIDC built (roles, claims), so {@code CurrentCaller} reads the same province.
 */
@Singleton
public class BearerTokensOnce extends BearerOnceMechanism {

    BearerTokensOnce(OidcAuthenticationMechanism oidc, CachedBearerIdentities verified) {
        super(oidc, verified);
    }
}
