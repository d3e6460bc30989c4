package vn.motcua.platform.bearer;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Quarkus OIDC's mechanism with each bearer token verified once ({@link CachedBearerIdentities}): a request whose
 * token OIDC already accepted gets that identity without the RSA signature check and the JSON parse; every other
 * request, and every refusal, is OIDC's own. Every authenticated request passes through the mechanism, which makes
 * it the root for the cache; wrapping it is the way the Quarkus security guide customises one. Challenges and the
 * credential transport are OIDC's, so 401 answers stay as they were.
 * <p>
 * Not a bean: the gateway ({@code ProblemBearerMechanism}, which also writes its 401 bodies) and the services
 * (commons) each declare the one subclass they run, so no application ever has two.
 */
public class BearerOnceMechanism implements HttpAuthenticationMechanism {
    private final OidcAuthenticationMechanism oidc;
    private final CachedBearerIdentities verified;

    protected BearerOnceMechanism(OidcAuthenticationMechanism oidc, CachedBearerIdentities verified) {
        this.oidc = oidc;
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = CachedBearerIdentities.bearerToken(context.request());
        SecurityIdentity known = token == null ? null : verified.find(token, context);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return oidc.authenticate(context, identityProviderManager)
                .invoke(identity -> verified.remember(token, identity));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    /** Ahead of the wrapped mechanism, which stays registered on its own. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
