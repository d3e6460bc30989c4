package vn.motcua.platform.tenant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.platform.security.Caller;

/**
 * The one place a service reads the verified token's jurisdiction claims, once per request. Resources pass
 * the {@link Caller} into use cases, which stay free of the token and can be called by an import job too.
 */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    ? Caller.ANONYMOUS
                    : Caller.fromClaims(token.getName(), token::getClaim, identity.getRoles());
        }
        return caller;
    }
}
