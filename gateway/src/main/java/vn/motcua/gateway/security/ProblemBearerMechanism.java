package vn.motcua.gateway.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.motcua.gateway.problem.Problems;
import vn.motcua.gateway.session.ConsoleSession;

/**
 * Quarkus OIDC's mechanism with a problem+json body on its 401, and a bearer token verified once per token
 * ({@link CachedBearerIdentities}). Quarkus ends the challenge response itself when a request has no token, before
 * any failure handler could write a body, so wrapping the mechanism (the way the Quarkus security guide customises
 * one) is the only place every 401 passes through; every authenticated request passes here too, which makes it
 * the root for the cache.
 */
@ApplicationScoped
public class ProblemBearerMechanism implements HttpAuthenticationMechanism {
    private final OidcAuthenticationMechanism oidc;
    private final CachedBearerIdentities verified;

    ProblemBearerMechanism(OidcAuthenticationMechanism oidc, CachedBearerIdentities verified) {
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
                .invoke(identity -> verified.remember(token, identity))
                // OIDC names itself as the mechanism that must answer a rejected token; answer in its place
                .onFailure().invoke(() -> context.put(HttpAuthenticationMechanism.class.getName(), this));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (challenge == null) {
                return false;
            }
            boolean toSignIn = challenge.status == 302;
            if (toSignIn && ConsoleSession.mayRedirectToSignIn(context.normalizedPath())) {
                // the console's sign-in: off to the realm's login page with the code challenge (PKCE)
                challenge.getHeaders().forEach((name, value) -> context.response().headers().set(name, value));
                context.response().setStatusCode(302).end();
                return true;
            }
            if (toSignIn) {
                // a page's fetch whose session ended: a redirect to another origin would only fail in the
                // browser; the console shows "sign in again" on a 401
                Problems.send(context, 401, "unauthorized", "Unauthorized",
                        "The console's session has ended; sign in again.");
                return true;
            }
            challenge.getHeaders().forEach((name, value) -> context.response().headers().set(name, value));
            boolean rejected = HttpSecurityUtils.getAuthenticationFailureFromEvent(context) != null;
            Problems.send(context, challenge.status, "unauthorized", "Unauthorized", rejected
                    ? "The bearer token is invalid, expired or not issued for mot-cua."
                    : "This request needs a bearer token.");
            return true;
        });
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
