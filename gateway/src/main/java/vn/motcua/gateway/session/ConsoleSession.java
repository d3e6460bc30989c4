package vn.motcua.gateway.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The console's sign-in session: Quarkus OIDC's authorization-code flow (tenant {@value #TENANT}, client
 * {@code mot-cua-console}, PKCE) with the tokens kept in its encrypted, HttpOnly session cookie. The browser never
 * reads a token; the gateway forwards the official's access token to the services ({@link TokenRelay}).
 */
public final class ConsoleSession {
    /** The OIDC tenant of {@code quarkus.oidc.console.*}. */
    public static final String TENANT = "console";
    /** Quarkus names the session cookie q_session_&lt;tenant&gt; (and _chunk_N when it is split). */
    static final String COOKIE = "q_session_" + TENANT;
    /** Where a browser may be sent to the realm's login page; everywhere else a lost session is a 401. */
    static final String LOGIN = "/auth/login";
    static final String CALLBACK = "/auth/callback";
    static final String LOGOUT = "/auth/logout";

    private ConsoleSession() {
    }

    /** A request of the console: it carries the session cookie and no token of its own. */
    public static boolean carries(RoutingContext rc) {
        if (rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        for (Cookie cookie : rc.request().cookies()) {
            if (cookie.getName().startsWith(COOKIE)) {
                return true;
            }
        }
        return false;
    }

    /** The paths where losing the session sends the browser to sign in again rather than answering 401. */
    public static boolean mayRedirectToSignIn(String path) {
        return LOGIN.equals(path) || CALLBACK.equals(path);
    }
}
