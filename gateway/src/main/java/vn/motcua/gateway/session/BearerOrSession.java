package vn.motcua.gateway.session;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A request is authenticated by a bearer token or by the console's session, never both: with an Authorization
 * header its cookies are dropped before authentication, so Quarkus OIDC (which picks the console tenant from the
 * session cookie's name) checks the token the caller sent, and a cookie riding along with another caller's token
 * counts for nothing.
 */
public final class BearerOrSession {
    private BearerOrSession() {
    }

    public static void handle(RoutingContext rc) {
        if (rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            rc.request().headers().remove(HttpHeaders.COOKIE);
        }
        rc.next();
    }
}
