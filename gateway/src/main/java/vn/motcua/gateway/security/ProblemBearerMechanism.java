package vn.motcua.gateway.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import vn.motcua.gateway.problem.Problems;
import vn.motcua.gateway.session.ConsoleSession;
import vn.motcua.platform.bearer.BearerOnceMechanism;
import vn.motcua.platform.bearer.CachedBearerIdentities;

/**
 * Quarkus OIDC's mechanism with a problem+json body on its 401, and a bearer token verified once per token
 * ({@link BearerOnceMechanism}). Quarkus ends the challenge response itself when a request has no token, before
 * any failure handler could write a body, so wrapping the mechanism (the way the Quarkus security guide customises
 * one) is the only place every 401 passes through.
 */
@Singleton
public class ProblemBearerMechanism extends BearerOnceMechanism {

    ProblemBearerMechanism(OidcAuthenticationMechanism oidc, CachedBearerIdentities verified) {
        super(oidc, verified);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return super.authenticate(context, identityProviderManager)
                // OIDC names itself as the mechanism that must answer a rejected token; answer in its place
                .onFailure().invoke(() -> context.put(HttpAuthenticationMechanism.class.getName(), this));
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
}
