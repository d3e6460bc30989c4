package vn.motcua.gateway.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import vn.motcua.gateway.problem.Problems;

/**
 * Before a request is forwarded to a service: the console's session becomes the official's bearer token (the
 * services authorise by the token, as they do for portals), a write from another site is refused
 * ({@link SameOrigin}), and cookies are dropped, since no service reads one and the session cookie holds the
 * encrypted tokens.
 */
public final class TokenRelay implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext rc) {
        boolean session = ConsoleSession.carries(rc);
        rc.request().headers().remove(HttpHeaders.COOKIE);
        if (!session) {
            rc.next();
            return;
        }
        if (SameOrigin.isWrite(rc.request().method().name())
                && !SameOrigin.allows(rc.request().getHeader(HttpHeaders.ORIGIN), rc.request().getHeader(HttpHeaders.HOST))) {
            Problems.send(rc, 403, "cross-site-request", "Cross-site request refused",
                    "A change made with the console's session must come from the console's own pages.");
            return;
        }
        String token = accessToken(rc);
        if (token != null) {
            rc.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        rc.next();
    }

    /** The session's access token, or null for an anonymous request (a public path the console reads). */
    static String accessToken(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            return credential == null ? null : credential.getToken();
        }
        return null;
    }
}
